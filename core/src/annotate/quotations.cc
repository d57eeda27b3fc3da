// Quotation matching in one pass per paragraph: paired marks (“ ”, 「 」, 『 』) with a stack
// each, ‘ ’ with the next ’ that ends a word, and straight marks (" and ') by position, an
// opening one after a space or an opening bracket and a closing one before a space or
// punctuation, so that apostrophes (don't, Nvidia's) never pair. The outermost pairs win.
#include "annotate/quotations.h"

#include <algorithm>
#include <utility>

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
  return pos >= paragraph_end || !IsWordChar(text[pos]);
}

// The end of a straight-quoted quotation opened at `pos`, or 0. Scans only to the next
// mark that could close or open, so the whole paragraph costs linear time.
size_t MatchStraight(std::u16string_view text, size_t pos, size_t start, size_t end, char16_t mark) {
  if (!IsOpeningContext(text, pos, start) || pos + 1 >= end || text[pos + 1] == u' ') return 0;
  for (size_t i = pos + 1; i < end; ++i) {
    if (text[i] != mark) continue;
    // An apostrophe inside a word (don't) is no closing mark.
    if (mark == u'\'' && IsWordChar(text[i - 1]) && i + 1 < end && IsWordChar(text[i + 1])) continue;
    if (text[i - 1] == u' ') return 0;  // the opening mark of another quotation: unbalanced
    if (IsClosingContext(text, i + 1, end)) return i + 1;
    if (mark == u'"') return 0;
  }
  return 0;
}

void PairedMarks(std::u16string_view text, const Paragraph& p, char16_t open, char16_t close,
                 std::vector<std::pair<size_t, size_t>>* pairs) {
  std::vector<size_t> stack;
  for (size_t i = p.start; i < p.end; ++i) {
    if (text[i] == open) {
      stack.push_back(i);
    } else if (text[i] == close && !stack.empty()) {
      pairs->emplace_back(stack.back(), i + 1);
      stack.pop_back();
    }
  }
}

}  // namespace

void FindQuotations(std::u16string_view text, const std::vector<Paragraph>& paragraphs,
                    std::vector<Annotation>* out) {
  std::vector<std::pair<size_t, size_t>> pairs;
  for (const Paragraph& p : paragraphs) {
    pairs.clear();
    PairedMarks(text, p, u'“', u'”', &pairs);
    PairedMarks(text, p, u'「', u'」', &pairs);
    PairedMarks(text, p, u'『', u'』', &pairs);
    // ‘…’: ’ doubles as an apostrophe, so the closer is the next ’ that ends a word.
    size_t next_close = p.end;
    std::vector<size_t> closers(p.end - p.start, p.end);
    for (size_t i = p.end; i-- > p.start;) {
      closers[i - p.start] = next_close;
      if (text[i] == u'’' && IsClosingContext(text, i + 1, p.end)) next_close = i;
    }
    for (size_t i = p.start; i < p.end; ++i) {
      if (text[i] == u'‘' && closers[i - p.start] < p.end) pairs.emplace_back(i, closers[i - p.start] + 1);
    }
    for (size_t i = p.start; i < p.end; ++i) {
      if (text[i] != u'"' && text[i] != u'\'') continue;
      const size_t close = MatchStraight(text, i, p.start, p.end, text[i]);
      if (close > 0) {
        pairs.emplace_back(i, close);
        i = close - 1;
      }
    }
    // The outermost pairs, each with at least one character between its marks.
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    size_t last_end = p.start;
    for (const auto& [start, end] : pairs) {
      if (start < last_end || end < start + 3) continue;
      Annotation a;
      a.start = static_cast<uint32_t>(start);
      a.end = static_cast<uint32_t>(end);
      a.kind = AnnotationKind::kQuotation;
      out->push_back(std::move(a));
      last_end = end;
    }
  }
}

}  // namespace precis::annotate
