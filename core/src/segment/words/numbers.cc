// A small hand-written grammar run at every token start:
//   [currency] core [多|余|餘]? magnitude* [unit | %]   (core: Arabic or Chinese numeral, 第 core)
// and, for dates, year → month → day components chained into one token; times as 10:30.
#include "segment/words/numbers.h"

#include <unicode/uchar.h>

#include "segment/words/token_edit.h"
#include "segment/words/units.h"
#include "text/utf16.h"

namespace precis::segment::words {
namespace {

char32_t At(std::u16string_view text, size_t i) { return i < text.size() ? text[i] : 0; }

// Arabic digits with the separators between them (1,000.5); returns the end or `at`.
size_t ScanArabic(std::u16string_view text, size_t at) {
  size_t i = at;
  while (i < text.size()) {
    if (IsAsciiOrWideDigit(At(text, i))) {
      ++i;
    } else if ((At(text, i) == u'.' || At(text, i) == u',' || At(text, i) == 0xFF0E) && i > at &&
               IsAsciiOrWideDigit(At(text, i + 1))) {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

// A Chinese numeral: digits and magnitudes, not starting with a bare magnitude other than 十
// (so 萬一 "in case" and 千萬 "by all means" are not numbers).
size_t ScanChinese(std::u16string_view text, size_t at) {
  const char32_t first = At(text, at);
  if (!IsChineseDigit(first) && first != U'十' && first != U'拾') return at;
  size_t i = at;
  while (i < text.size() && (IsChineseDigit(text[i]) || IsChineseMagnitude(text[i]))) ++i;
  return i;
}

struct Component {
  size_t end = 0;
  bool chinese = false;       // the core is a Chinese numeral
  size_t core_length = 0;     // code units of the numeral itself
  UnitKind unit = UnitKind::kNone;
};

// One number with its magnitudes and unit starting at `at`, or end == at.
Component ScanComponent(std::u16string_view text, size_t at) {
  Component c;
  c.end = at;
  size_t i = at;
  bool ordinal = false;
  if (At(text, i) == U'第') {
    ordinal = true;
    ++i;
  } else if (text.substr(i, 3) == u"百分之") {
    const size_t end = ScanChinese(text, i + 3);
    if (end > i + 3) {
      c.end = end;
      c.chinese = true;
      c.core_length = end - i;
      c.unit = UnitKind::kMeasure;
    }
    return c;
  }
  size_t core_end = ScanArabic(text, i);
  if (core_end == i) {
    core_end = ScanChinese(text, i);
    if (core_end == i) return c;
    c.chinese = true;
  }
  c.core_length = core_end - i;
  i = core_end;
  // Approximations (3000多萬, 50余家) count only when a magnitude or unit follows.
  size_t after_approx = i;
  if (At(text, i) == U'多' || At(text, i) == U'余' || At(text, i) == U'餘') after_approx = i + 1;
  size_t magnitudes_end = after_approx;
  while (magnitudes_end < text.size() && IsChineseMagnitude(text[magnitudes_end])) ++magnitudes_end;
  const UnitMatch unit = MatchUnit(text, magnitudes_end);
  if (magnitudes_end > after_approx || unit.length > 0) i = magnitudes_end;
  if (unit.length > 0) {
    i += unit.length;
    c.unit = unit.kind;
  } else if (i > core_end) {
    c.unit = UnitKind::kMeasure;  // a magnitude alone: 9000億
  }
  if (ordinal) {
    c.chinese = true;  // 第 reads as a Chinese word whatever the digits
    c.unit = UnitKind::kMeasure;
  }
  c.end = i;
  return c;
}

// hh:mm or hh:mm:ss with Arabic digits, starting at `at`; returns the end or `at`.
size_t ScanTime(std::u16string_view text, size_t at) {
  size_t hours = ScanArabic(text, at);
  if (hours == at || hours - at > 2 || (At(text, hours) != u':' && At(text, hours) != 0xFF1A)) return at;
  size_t minutes = hours + 1;
  size_t end = minutes;
  while (end < text.size() && IsAsciiOrWideDigit(text[end])) ++end;
  if (end - minutes != 2) return at;
  if ((At(text, end) == u':' || At(text, end) == 0xFF1A) && end + 3 <= text.size() &&
      IsAsciiOrWideDigit(text[end + 1]) && IsAsciiOrWideDigit(text[end + 2])) {
    end += 3;
  }
  return end;
}

// Where a currency sign (and an uppercase country prefix such as US$, HK$, NT$) starting at
// `at` ends, or `at` when there is none.
size_t ScanCurrencyPrefix(std::u16string_view text, size_t at) {
  size_t i = at;
  while (i < text.size() && i - at < 2 && text[i] >= u'A' && text[i] <= u'Z') ++i;
  if (i < text.size() && u_charType(text[i]) == U_CURRENCY_SYMBOL) return i + 1;
  return at;
}

// The whole number starting at `at` (prefix, components, date chain), or `at`.
size_t ScanNumber(std::u16string_view text, size_t at, bool* single_chinese_component) {
  *single_chinese_component = false;
  const size_t time_end = ScanTime(text, at);
  if (time_end > at) return time_end;
  const size_t prefix_end = ScanCurrencyPrefix(text, at);
  Component first = ScanComponent(text, prefix_end);
  if (first.end == prefix_end) return at;
  // A lone Chinese digit is a number only with a unit (一些, 一樣 are words, 一次 counts).
  if (first.chinese && first.unit == UnitKind::kNone && first.core_length < 2) return at;
  size_t end = first.end;
  UnitKind last = first.unit;
  int components = 1;
  // Dates: 2026年3月12日, 11月5日; each later part must be a smaller unit than the last.
  while (last == UnitKind::kYear || last == UnitKind::kMonth) {
    Component next = ScanComponent(text, end);
    const bool follows = (last == UnitKind::kYear && next.unit == UnitKind::kMonth) ||
                         (last == UnitKind::kMonth && next.unit == UnitKind::kDay);
    if (next.end == end || !follows) break;
    end = next.end;
    last = next.unit;
    ++components;
  }
  *single_chinese_component = components == 1 && first.chinese;
  return end;
}

// ICU's word rules treat the full-width comma and semicolon as separators inside a number
// (5,000，10 is one token to them); in CJK text they are punctuation between two numbers.
void SplitAtWideSeparators(std::u16string_view text, std::vector<Token>* tokens) {
  std::vector<Token> out;
  out.reserve(tokens->size());
  for (const Token& token : *tokens) {
    if (token.kind != TokenKind::kNumber) {
      out.push_back(token);
      continue;
    }
    uint32_t start = token.start;
    for (uint32_t i = token.start; i < token.end; ++i) {
      if (text[i] != 0xFF0C && text[i] != 0xFF1B) continue;
      if (i > start) out.push_back({start, i, TokenKind::kNumber});
      out.push_back({i, i + 1, TokenKind::kPunctuation});
      start = i + 1;
    }
    if (start < token.end) out.push_back({start, token.end, TokenKind::kNumber});
  }
  tokens->swap(out);
}

}  // namespace

void MergeNumbers(std::u16string_view text, std::vector<Token>* tokens) {
  SplitAtWideSeparators(text, tokens);
  std::vector<ForcedSpan> spans;
  size_t t = 0;
  while (t < tokens->size()) {
    const Token& token = (*tokens)[t];
    const char32_t first = text::CodePointAt(text, token.start);
    const bool may_start = token.kind == TokenKind::kNumber || token.kind == TokenKind::kIdeographic ||
                           u_charType(first) == U_CURRENCY_SYMBOL ||
                           (first >= U'A' && first <= U'Z');
    bool single_chinese = false;
    const size_t end = may_start ? ScanNumber(text, token.start, &single_chinese) : token.start;
    if (end <= token.start) {
      ++t;
      continue;
    }
    // Never carve a number out of the inside of one dictionary word (三角形, 十分之一).
    if (end < token.end) {
      ++t;
      continue;
    }
    // A Chinese numeral that ICU already found as one word keeps ICU's reading (十分 "very").
    if (end == token.end && single_chinese) {
      ++t;
      continue;
    }
    spans.push_back({token.start, static_cast<uint32_t>(end), TokenKind::kNumber});
    while (t < tokens->size() && (*tokens)[t].start < end) ++t;
  }
  ForceSpans(spans, tokens);
}

}  // namespace precis::segment::words
