// Paragraph splitting on line terminators (LF, CRLF, CR, LS, PS, NEL, VT, FF). A line break
// inside a sentence (hard-wrapped or pasted from a PDF) does not end the paragraph.
#include "segment/paragraphs.h"

#include "segment/paragraph_kinds.h"
#include "segment/punctuation.h"
#include "segment/trim.h"
#include "text/utf16.h"

namespace precis::segment {
namespace {

struct Line {
  Span span;              // trimmed, non-empty
  bool after_blank;       // a blank line (or the start of the text) comes before it
  bool trailing_space;    // blank characters stood between its last character and the break
};

// Lines at least this long that stop mid-sentence were wrapped by a width limit.
constexpr size_t kWrappedLineLength = 40;

// Japanese case particles that cannot end a sentence: a line ending in one was wrapped
// mid-sentence, unless it is a title (第１章　はじめに).
bool IsBindingParticle(char16_t c) {
  return c == u'の' || c == u'を' || c == u'が' || c == u'に' || c == u'へ';
}

// A title that ends in a particle: a numbered section title short enough to be a heading
// (第１章　はじめに, 2 研究の背景に) or one of the two words that title a Japanese text's
// opening and closing parts (はじめに "introduction", おわりに "conclusion").
bool IsTitleEndingInParticle(std::u16string_view line) {
  if (OpensWithSectionNumber(line) && ClassifyParagraph(line) == ParagraphKind::kHeading) return true;
  return line == u"はじめに" || line == u"おわりに";
}

// Whether `next` continues the sentence that `line` left unfinished.
bool ContinuesLine(std::u16string_view text, const Line& line, const Line& next) {
  if (next.after_blank) return false;
  std::u16string_view first = text.substr(line.span.start, line.span.end - line.span.start);
  std::u16string_view second = text.substr(next.span.start, next.span.end - next.span.start);
  char16_t last = first.back();
  if (IsTerminator(last) || IsClosingQuote(last) || IsClosingBracket(last)) return false;
  // English and other cased scripts: a sentence never opens in lower case. A short line
  // with no space before its break is rather an entry of a list ("features\ncontact us").
  char32_t opening = text::CodePointAt(second, 0);
  bool unfinished = false;
  if (IsLower(opening)) {
    unfinished = line.trailing_space || first.size() >= kWrappedLineLength;
  } else if (last == u'，' || last == u'、' || last == u',') {
    unfinished = true;  // a line ending in a comma is unfinished
  } else {
    unfinished = !line.trailing_space && IsBindingParticle(last) && !text::IsSpace(second[0]) &&
                 !IsTitleEndingInParticle(first);
  }
  // Lists and images are lines of their own, whatever came before.
  return unfinished && ListMarkerLength(second) == 0 &&
         ClassifyParagraph(second) != ParagraphKind::kImage &&
         ClassifyParagraph(first) != ParagraphKind::kImage;
}

}  // namespace

std::vector<Paragraph> SplitParagraphs(std::u16string_view text) {
  std::vector<Line> lines;
  size_t line_start = 0;
  bool after_blank = true;
  const size_t size = text.size();
  for (size_t i = 0; i <= size; ++i) {
    if (i < size && !text::IsLineBreak(text[i])) continue;
    Span span = TrimSpace(text, static_cast<uint32_t>(line_start), static_cast<uint32_t>(i));
    if (span.end > span.start) {
      lines.push_back({span, after_blank, span.end < i});
      after_blank = false;
    } else if (!(i > 0 && text[i - 1] == u'\r' && i < size && text[i] == u'\n' && i == line_start)) {
      after_blank = true;  // a blank line (CRLF counts as one break, not a blank line)
    }
    line_start = i + 1;
  }
  std::vector<Paragraph> paragraphs;
  for (size_t i = 0; i < lines.size(); ++i) {
    Span span = lines[i].span;
    const bool after_blank = lines[i].after_blank;
    while (i + 1 < lines.size() && ContinuesLine(text, lines[i], lines[i + 1])) {
      ++i;
      span.end = lines[i].span.end;
    }
    Paragraph paragraph{span.start, span.end, ParagraphKind::kBody};
    paragraph.kind = ClassifyParagraph(text.substr(span.start, span.end - span.start));
    // Short lines under a line that ends in a colon are the entries of its list, whose
    // bullets were lost on the way (pasted from a web page), not headings.
    if (paragraph.kind == ParagraphKind::kHeading && !paragraphs.empty() &&
        !after_blank && text[span.start] != u'#') {
      const Paragraph& previous = paragraphs.back();
      char16_t last = text[previous.end - 1];
      if (last == u':' || last == 0xFF1A || previous.kind == ParagraphKind::kListItem) {
        paragraph.kind = ParagraphKind::kListItem;
      }
    }
    paragraphs.push_back(paragraph);
  }
  return paragraphs;
}

}  // namespace precis::segment
