// Paragraph splitting on line terminators (LF, CRLF, CR, LS, PS, NEL, VT, FF).
#include "segment/paragraphs.h"

#include "segment/trim.h"
#include "text/utf16.h"

namespace precis::segment {

std::vector<Paragraph> SplitParagraphs(std::u16string_view text) {
  std::vector<Paragraph> paragraphs;
  size_t line_start = 0;
  const size_t size = text.size();
  for (size_t i = 0; i <= size; ++i) {
    if (i < size && !text::IsLineBreak(text[i])) continue;
    Span line = TrimSpace(text, static_cast<uint32_t>(line_start), static_cast<uint32_t>(i));
    if (line.end > line.start) paragraphs.push_back({line.start, line.end});
    line_start = i + 1;
  }
  return paragraphs;
}

}  // namespace precis::segment
