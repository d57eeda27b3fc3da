// Blank characters are BMP code points, so trimming by code unit never splits a pair.
#include "segment/trim.h"

#include "text/utf16.h"

namespace precis::segment {

Span TrimSpace(std::u16string_view text, uint32_t start, uint32_t end) {
  while (start < end && text::IsSpace(text[start])) ++start;
  while (end > start && text::IsSpace(text[end - 1])) --end;
  return {start, end};
}

}  // namespace precis::segment
