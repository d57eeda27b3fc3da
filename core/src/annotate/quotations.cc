// Quotation matching: paired marks (“ ”, 「 」, 『 』, ‘ ’) by nesting depth; straight marks
// (" and ') by position, an opening one after a space or an opening bracket and a closing
// one before a space or punctuation, so that apostrophes (don't, Nvidia's) never pair.
#include "annotate/quotations.h"

#include "annotate/chars.h"

namespace precis::annotate {

namespace {

bool IsOpeningContext(std::u16string_view text, size_t pos, size_t paragraph_start) {
  if (pos == paragraph_start) return true;
  const char16_t c = text[pos - 1];
  return !IsWordChar(c) && c != u'.' && c != u',';
}

bool IsClosingContext(std::u16string_view text, size_t pos, size_t paragraph_end) {
  // `pos` is one past the closing mark.
  if (pos >= paragraph_end) return true;
  const char16_t c = text[pos];
  return !IsWordChar(c);
}

// The end (one past the close) of a paired quotation opened at `pos`, or 0.
size_t MatchPaired(std::u16string_view text, size_t pos, size_t end, char16_t open, char16_t close) {
  int depth = 0;
  for (size_t i = pos; i < end; ++i) {
    if (text[i] == open) {
      ++depth;
    } else if (text[i] == close) {
      if (--depth == 0) return i + 1;
    }
  }
  return 0;
}

// The end of a straight-quoted quotation opened at `pos`, or 0.
size_t MatchStraight(std::u16string_view text, size_t pos, size_t end, char16_t mark) {
  if (!IsOpeningContext(text, pos, 0) || pos + 1 >= end || text[pos + 1] == u' ') return 0;
  for (size_t i = pos + 1; i < end; ++i) {
    if (text[i] != mark) continue;
    // An apostrophe inside a word (don't) is no closing mark.
    if (mark == u'\'' && i > pos + 1 && IsWordChar(text[i - 1]) && i + 1 < end && IsWordChar(text[i + 1])) continue;
    if (text[i - 1] == u' ') return 0;  // an opening mark of another quotation: unbalanced
    if (IsClosingContext(text, i + 1, end)) return i + 1;
    if (mark == u'"') return 0;
  }
  return 0;
}

}  // namespace

void FindQuotations(std::u16string_view text, const std::vector<Paragraph>& paragraphs,
                    std::vector<Annotation>* out) {
  for (const Paragraph& p : paragraphs) {
    size_t i = p.start;
    while (i < p.end) {
      size_t close = 0;
      switch (text[i]) {
        case u'“': close = MatchPaired(text, i, p.end, u'“', u'”'); break;
        case u'「': close = MatchPaired(text, i, p.end, u'「', u'」'); break;
        case u'『': close = MatchPaired(text, i, p.end, u'『', u'』'); break;
        case u'‘':
          // ’ doubles as an apostrophe: take the first ’ that ends a word before a non-letter.
          for (size_t j = i + 1; j < p.end; ++j) {
            if (text[j] == u'’' && IsClosingContext(text, j + 1, p.end) && j > i + 1) {
              close = j + 1;
              break;
            }
          }
          break;
        case u'"': close = MatchStraight(text, i, p.end, u'"'); break;
        case u'\'': close = MatchStraight(text, i, p.end, u'\''); break;
        default: break;
      }
      if (close > i + 2) {  // at least one character between the marks
        Annotation a;
        a.start = static_cast<uint32_t>(i);
        a.end = static_cast<uint32_t>(close);
        a.kind = AnnotationKind::kQuotation;
        out->push_back(std::move(a));
        i = close;
      } else {
        ++i;
      }
    }
  }
}

}  // namespace precis::annotate
