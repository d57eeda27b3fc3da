// A small hand-written grammar run at every token start:
//   [currency] core [多|余|餘]? magnitude* [unit | %]   (core: Arabic or Chinese numeral, 第 core)
// and, for dates, year → month → day components chained into one token, for clock times
// hour → minute → second (10時30分); times as 10:30, dates as 2024-01-05 and fractions as 1/3.
#include "segment/words/numbers.h"

#include <unicode/uchar.h>

#include <bitset>

#include "lexicon/cjk_dictionary.h"
#include "segment/words/token_edit.h"
#include "segment/words/units.h"
#include "text/utf16.h"

namespace precis::segment::words {
namespace {

// Characters the dictionary lists alone at this cost or less are common words (人 46, 中 47).
constexpr int kCommonWordCost = 61;

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
  while (i < text.size()) {
    if (IsChineseDigit(text[i]) || IsChineseMagnitude(text[i])) {
      ++i;
    } else if ((text[i] == u'.' || text[i] == 0xFF0E) && i > at && IsChineseDigit(At(text, i + 1))) {
      i += 2;  // a decimal point between Chinese digits: 三五．○二一
    } else {
      break;
    }
  }
  return i;
}

// The value of a whole number of at most two Arabic digits or a Chinese numeral up to 二十四
// (二十三, 十二, 兩), or -1.
int SmallValue(std::u16string_view numeral) {
  if (numeral.empty() || numeral.size() > 3) return -1;
  if (IsAsciiOrWideDigit(numeral[0])) {
    if (numeral.size() > 2) return -1;
    int value = 0;
    for (char16_t unit : numeral) {
      if (!IsAsciiOrWideDigit(unit)) return -1;
      value = value * 10 + (unit >= 0xFF10 ? unit - 0xFF10 : unit - u'0');
    }
    return value;
  }
  static constexpr std::u16string_view kDigits = u"零一二三四五六七八九";
  auto digit = [](char16_t unit) -> int {
    if (unit == u'〇' || unit == u'○') return 0;
    if (unit == u'兩' || unit == u'两') return 2;
    const size_t at = kDigits.find(unit);
    return at == std::u16string_view::npos ? -1 : static_cast<int>(at);
  };
  const size_t ten = numeral.find(u'十');
  if (ten == std::u16string_view::npos) return numeral.size() == 1 ? digit(numeral[0]) : -1;
  const int tens = ten == 0 ? 1 : (ten == 1 ? digit(numeral[0]) : -1);
  int ones = -1;
  if (ten + 1 == numeral.size()) ones = 0;
  if (ten + 2 == numeral.size()) ones = digit(numeral[ten + 1]);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

// Whether text[start, end) is an hour a clock shows: a whole number from 0 to 24.
bool IsClockHour(std::u16string_view text, size_t start, size_t end) {
  const int value = SmallValue(text.substr(start, end - start));
  return value >= 0 && value <= 24;
}

struct Component {
  size_t start = 0;
  size_t core_end = 0;       // after the numeral (and 第 before it)
  size_t magnitude_end = 0;  // after 多/余 and magnitudes (萬, 億)
  size_t end = 0;            // after the unit
  bool chinese = false;      // the numeral is Chinese (or an ordinal with 第)
  bool approximate = false;  // 多/余 follows the numeral
  size_t core_length = 0;    // code units of the numeral itself
  UnitKind unit = UnitKind::kNone;
};

// One number with its magnitudes and unit starting at `at`, or end == at.
Component ScanComponent(std::u16string_view text, size_t at) {
  Component c;
  c.start = c.core_end = c.magnitude_end = c.end = at;
  size_t i = at;
  bool ordinal = false;
  if (At(text, i) == U'第') {
    ordinal = true;
    ++i;
  } else if (text.substr(i, 3) == u"百分之") {
    const size_t end = ScanChinese(text, i + 3);
    if (end > i + 3) {
      c.core_end = c.magnitude_end = c.end = end;
      c.chinese = true;
      c.core_length = end - i;
      c.unit = UnitKind::kPercent;
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
  c.core_end = i = core_end;
  // Approximations (3000多萬, 50余家) count only when a magnitude or unit follows.
  size_t after_approx = i;
  if (At(text, i) == U'多' || At(text, i) == U'余' || At(text, i) == U'餘') after_approx = i + 1;
  size_t magnitudes_end = after_approx;
  while (magnitudes_end < text.size() && IsChineseMagnitude(text[magnitudes_end])) ++magnitudes_end;
  UnitMatch unit = MatchUnit(text, magnitudes_end);
  // A unit may begin with a magnitude character (1600億千瓦): give the magnitude back.
  for (size_t m = magnitudes_end; unit.length == 0 && m > after_approx + 1;) {
    --m;
    const UnitMatch shorter = MatchUnit(text, m);
    if (shorter.length > magnitudes_end - m) {
      unit = shorter;
      magnitudes_end = m;
    }
  }
  if (magnitudes_end > after_approx || unit.length > 0) {
    c.approximate = after_approx > i;
    i = magnitudes_end;
  }
  c.magnitude_end = i;
  if (unit.length > 0 && i == magnitudes_end) {
    i += unit.length;
    c.unit = unit.kind;
    // 時 and 點 tell an hour only after a number a clock shows (3點, 二十三時); after any
    // other (3000點, 0.5点, 5萬點) they measure.
    const bool clock = !ordinal && c.magnitude_end == core_end &&
                       IsClockHour(text, core_end - c.core_length, core_end);
    if (c.unit == UnitKind::kHour && !clock) {
      c.unit = UnitKind::kMeasure;
    }
  } else if (i > core_end) {
    c.unit = UnitKind::kMagnitude;  // a magnitude alone: 9000億
  }
  if (ordinal) {
    c.chinese = true;  // 第 reads as a Chinese word whatever the digits
    if (c.unit == UnitKind::kNone) c.unit = UnitKind::kMagnitude;
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

bool IsMinus(char32_t c) { return c == U'-' || c == 0xFF0D || c == 0x2212; }

// A sign before a number: minus, or plus (+2.1%, ＋5).
bool IsSign(char32_t c) { return IsMinus(c) || c == U'+' || c == 0xFF0B; }

// What may stand before a plus sign that signs a number: a space, an opening bracket, a
// clause mark or CJK text (漲幅+2.1%), not an operand (x²+1, 3%+5%, C++11).
bool IsPlusContext(char16_t before) {
  if (text::IsSpace(before) || before >= 0x2E80) return true;
  return std::u16string_view(u"([{:;,=").find(before) != std::u16string_view::npos;
}

size_t ScanDigits(std::u16string_view text, size_t at, size_t most) {
  size_t i = at;
  while (i < text.size() && i - at < most && IsAsciiOrWideDigit(text[i])) ++i;
  return i;
}

bool IsDateSeparator(char16_t c) { return c == u'-' || c == u'/' || c == 0xFF0D || c == 0xFF0F; }

// Numbers written with slashes or dashes: a date with one separator twice, year first
// (2024-01-05, 2024/1/5) or last (12/25/2024), or a fraction (1/3); returns the end or `at`.
size_t ScanSlashedNumber(std::u16string_view text, size_t at) {
  // Not the tail of a longer code or word: 1/2/3, x/1/2, -1/3.
  if (at > 0) {
    const char16_t before = text[at - 1];
    if (IsAsciiOrWideDigit(before) || IsDateSeparator(before) || before == u'+' || before == u'.' ||
        (before < 0x80 && u_isalpha(before))) {
      return at;
    }
  }
  const size_t first = ScanDigits(text, at, 5);
  if (first == at || first - at > 4 || !IsDateSeparator(At(text, first))) return at;
  const char16_t separator = text[first];
  const size_t second = ScanDigits(text, first + 1, 5);
  if (second == first + 1) return at;
  size_t end = second;
  if (second - first - 1 <= 2 && At(text, second) == separator) {
    // A date: year first (2024-01-05, 2024/1/5) or last (3/4/2024, 12/25/2024).
    const size_t third = ScanDigits(text, second + 1, 5);
    const size_t first_digits = first - at;
    const size_t third_digits = third - second - 1;
    if ((first_digits == 4 && third_digits >= 1 && third_digits <= 2) ||
        (first_digits <= 2 && third_digits == 4)) {
      end = third;
    }
  }
  if (end == second && (separator != u'/' && separator != 0xFF0F)) return at;  // 3-5 is a range
  if (end == second && second - first - 1 > 4) return at;
  // Nothing may follow that would make it a longer code (1/2/3/4, 2024-01-05-7, 1/3a).
  const char32_t after = At(text, end);
  if (IsAsciiOrWideDigit(after) || IsDateSeparator(static_cast<char16_t>(after)) ||
      (after < 0x80 && u_isalpha(after))) {
    return at;
  }
  return end;
}

// Whether ICU calls `unit` a currency symbol; no Han character is one, and those are most
// of what the number scan looks at.
bool IsCurrencySymbol(char16_t unit) {
  return !text::IsUnifiedIdeograph(unit) && u_charType(unit) == U_CURRENCY_SYMBOL;
}

// The code units a number (as ScanNumber reads one) can start with: digits, Chinese digits,
// 十 拾 第 百 (百分之), signs, currency signs and the capitals of US$. One bit each,
// so that the many tokens that start no number cost one table lookup.
bool MayStartNumber(char16_t unit) {
  static const std::bitset<0x10000>* const starts = [] {
    auto* bits = new std::bitset<0x10000>();
    for (uint32_t c = 0; c <= 0xFFFF; ++c) {
      const auto unit = static_cast<char16_t>(c);
      if (IsAsciiOrWideDigit(unit) || IsChineseDigit(unit) || IsSign(unit) || (unit >= u'A' && unit <= u'Z') ||
          unit == u'十' || unit == u'拾' || unit == u'第' || unit == u'百' ||
          (!(unit >= 0xD800 && unit <= 0xDFFF) && IsCurrencySymbol(unit))) {
        bits->set(c);
      }
    }
    return bits;
  }();
  return starts->test(unit);
}

// Where a currency sign (and an uppercase country prefix such as US$, HK$, NT$) starting at
// `at` ends, or `at` when there is none.
size_t ScanCurrencyPrefix(std::u16string_view text, size_t at) {
  size_t i = at;
  while (i < text.size() && i - at < 2 && text[i] >= u'A' && text[i] <= u'Z') ++i;
  if (i < text.size() && IsCurrencySymbol(text[i])) return i + 1;
  return at;
}

// The whole number starting at `at`: a time, or a currency prefix and one component, or
// a date of chained components. Empty when there is none.
std::vector<Component> ScanNumber(std::u16string_view text, size_t at) {
  std::vector<Component> parts;
  size_t whole_end = ScanTime(text, at);
  if (whole_end == at) whole_end = ScanSlashedNumber(text, at);
  if (whole_end > at) {
    Component whole;
    whole.start = at;
    whole.core_end = whole.magnitude_end = whole.end = whole_end;
    whole.unit = UnitKind::kPercent;  // like a percentage, never cut
    parts.push_back(whole);
    return parts;
  }
  size_t prefix_end = ScanCurrencyPrefix(text, at);
  // A sign that follows no Latin letter or digit belongs to the number (－9℃, +2.1%, but not
  // 3-5 or C+1).
  if (prefix_end == at && IsSign(At(text, at)) && IsAsciiOrWideDigit(At(text, at + 1)) &&
      (at == 0 || !(IsAsciiOrWideDigit(text[at - 1]) ||
                    (text[at - 1] < 0x80 && u_isalpha(text[at - 1])))) &&
      (IsMinus(text[at]) || at == 0 || IsPlusContext(text[at - 1]))) {
    prefix_end = at + 1;
  }
  Component first = ScanComponent(text, prefix_end);
  if (first.end == prefix_end) return parts;
  // A lone Chinese digit is a number only with a unit (一些, 一樣 are words, 一次 counts).
  if (first.chinese && first.unit == UnitKind::kNone && first.core_length < 2) return parts;
  first.start = at;
  parts.push_back(first);
  // Dates and clock times: 2026年3月12日, 11月5日, 10時30分15秒; each later part must be the
  // next smaller unit. 分 and 秒 are a time's parts only there (5分 alone is a score or a cent).
  while (true) {
    const UnitKind last = parts.back().unit;
    Component next = ScanComponent(text, parts.back().end);
    if (next.end == parts.back().end) break;
    const bool measure = next.unit == UnitKind::kMeasure && next.end == next.magnitude_end + 1;
    if (last == UnitKind::kHour && measure && text[next.magnitude_end] == u'分') {
      next.unit = UnitKind::kMinute;
    } else if (last == UnitKind::kMinute && measure && text[next.magnitude_end] == u'秒') {
      next.unit = UnitKind::kSecond;
    } else if (!(last == UnitKind::kYear && next.unit == UnitKind::kMonth) &&
               !(last == UnitKind::kMonth && next.unit == UnitKind::kDay)) {
      break;
    }
    parts.push_back(next);
  }
  return parts;
}

TokenKind KindOfUnit(std::u16string_view text, size_t at) {
  return text::CodePointAt(text, at) >= 0x2E80 ? TokenKind::kIdeographic : TokenKind::kSymbol;
}

void Push(std::vector<ForcedSpan>* spans, size_t start, size_t end, TokenKind kind) {
  if (end > start) spans->push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), kind});
}

// Three or four digits, Arabic or Chinese, with nothing else: how years are written.
bool IsYearNumeral(std::u16string_view text, const Component& c) {
  if (c.magnitude_end != c.core_end || c.core_length < 3 || c.core_length > 4) return false;
  for (size_t i = c.core_end - c.core_length; i < c.core_end; ++i) {
    if (!IsAsciiOrWideDigit(text[i]) && !IsChineseDigit(text[i])) return false;
  }
  return true;
}

// The SIGHAN cut of one component: 2001年, 10時 and 90% whole, 5000 家, 500 多 萬 元, 第三 步, 一 年.
// `dated`: a month follows it in the same date.
void AppendStandardCut(std::u16string_view text, const Component& c, bool dated,
                       std::vector<ForcedSpan>* spans) {
  const bool date_part = c.unit == UnitKind::kYear || c.unit == UnitKind::kMonth || c.unit == UnitKind::kDay ||
                         c.unit == UnitKind::kHour || c.unit == UnitKind::kMinute || c.unit == UnitKind::kSecond;
  // 年 names a year after a year's digits (1998年, 二〇〇〇年) or before a month (八十四年六月,
  // a year of the Republic era, 98年3月); after any other number it measures a duration
  // (5 年, 二十 年, 一百 年, 10多 年), cut like other measure words.
  const bool duration = c.unit == UnitKind::kYear && !IsYearNumeral(text, c) && !dated;
  if (c.unit == UnitKind::kPercent || c.unit == UnitKind::kNone || (date_part && !duration)) {
    Push(spans, c.start, c.end, TokenKind::kNumber);
    return;
  }
  if (c.approximate) {
    Push(spans, c.start, c.core_end, TokenKind::kNumber);
    Push(spans, c.core_end, c.core_end + 1, TokenKind::kIdeographic);
    Push(spans, c.core_end + 1, c.magnitude_end, TokenKind::kNumber);
  } else {
    Push(spans, c.start, c.magnitude_end, TokenKind::kNumber);
  }
  if (c.end == c.magnitude_end) return;  // no unit (第2 at the end of the text)
  // 個月 is a measure word and a noun: 三 個 月, as both standards write it.
  const std::u16string_view unit = text.substr(c.magnitude_end, c.end - c.magnitude_end);
  if (unit == u"個月" || unit == u"个月") {
    Push(spans, c.magnitude_end, c.magnitude_end + 1, TokenKind::kIdeographic);
    Push(spans, c.magnitude_end + 1, c.end, TokenKind::kIdeographic);
    return;
  }
  Push(spans, c.magnitude_end, c.end, KindOfUnit(text, c.magnitude_end));
}

bool IsWideSeparator(char16_t unit) { return unit == 0xFF0C || unit == 0xFF1B; }

void SplitAtWideSeparators(std::u16string_view text, std::vector<Piece>* tokens) {
  // Most texts have no such number: then the pieces stay as they are, uncopied.
  bool any = false;
  for (const Piece& token : *tokens) {
    if (token.kind != TokenKind::kNumber) continue;
    for (uint32_t i = token.start; i < token.end && !any; ++i) any = IsWideSeparator(text[i]);
    if (any) break;
  }
  if (!any) return;
  std::vector<Piece> out;
  out.reserve(tokens->size());
  for (const Piece& token : *tokens) {
    if (token.kind != TokenKind::kNumber) {
      out.push_back(token);
      continue;
    }
    uint32_t start = token.start;
    for (uint32_t i = token.start; i < token.end; ++i) {
      if (!IsWideSeparator(text[i])) continue;
      if (i > start) out.push_back({start, i, TokenKind::kNumber});
      out.push_back({i, i + 1, TokenKind::kPunctuation});
      start = i + 1;
    }
    if (start < token.end) out.push_back({start, token.end, TokenKind::kNumber});
  }
  tokens->swap(out);
}

// The index of the token that contains `offset`, searching forward from `t`.
size_t TokenAt(const std::vector<Piece>& tokens, size_t t, size_t offset) {
  while (t + 1 < tokens.size() && tokens[t].end <= offset) ++t;
  return t;
}

// A number may end inside a later dictionary word only when what is left of that word is one
// common character (三個|人 from 三|個人, 5000家|中): 2017股|東 or 一部|分 must not be cut.
// Otherwise the last unit is given back, and then the last component.
void TrimToWordBoundary(std::u16string_view text, const std::vector<Piece>& tokens, size_t t,
                        std::vector<Component>* parts) {
  while (!parts->empty()) {
    Component& last = parts->back();
    const Piece& holder = tokens[TokenAt(tokens, t, last.end)];
    const bool inside = holder.start < last.end && last.end < holder.end;
    if (!inside) return;
    const bool lone_chinese_digit = parts->size() == 1 && last.chinese && last.core_length == 1;
    const std::u16string_view rest = text.substr(last.end, holder.end - last.end);
    const int cost = rest.size() == 1 ? lexicon::CjkWordCost(rest) : -1;
    if (!lone_chinese_digit && cost >= 0 && cost <= kCommonWordCost) return;
    if (last.end > last.magnitude_end && last.unit != UnitKind::kPercent) {
      last.end = last.magnitude_end;
      last.unit = last.magnitude_end > last.core_end ? UnitKind::kMagnitude : UnitKind::kNone;
      if (last.unit == UnitKind::kNone && last.chinese && last.core_length < 2) parts->pop_back();
    } else {
      parts->pop_back();
    }
  }
}

}  // namespace

void MergeNumbers(std::u16string_view text, bool standard, std::vector<Piece>* tokens) {
  SplitAtWideSeparators(text, tokens);
  std::vector<ForcedSpan> spans;
  size_t t = 0;
  while (t < tokens->size()) {
    const Piece& token = (*tokens)[t];
    if (!MayStartNumber(text[token.start])) {  // ScanNumber would find nothing here
      ++t;
      continue;
    }
    const char32_t first = text::CodePointAt(text, token.start);
    const bool may_start = token.kind == TokenKind::kNumber || token.kind == TokenKind::kIdeographic ||
                           u_charType(first) == U_CURRENCY_SYMBOL || (first >= U'A' && first <= U'Z') ||
                           IsSign(first);
    std::vector<Component> parts = may_start ? ScanNumber(text, token.start) : std::vector<Component>();
    TrimToWordBoundary(text, *tokens, t, &parts);
    const size_t end = parts.empty() ? token.start : parts.back().end;
    // Never carve a number out of the inside of one dictionary word (三角形, 十分之一).
    if (end <= token.start || end < token.end) {
      ++t;
      continue;
    }
    const Component& c = parts.front();
    if (end == token.end && parts.size() == 1 && c.chinese) {
      // A Chinese numeral that ICU found as one word keeps ICU's reading (十分 "very", 一些),
      // except that the standard cut separates a digit from its measure word (一次 → 一 次).
      const bool digit_and_unit = IsChineseDigit(text::CodePointAt(text, c.start)) &&
                                  c.unit != UnitKind::kNone && c.unit != UnitKind::kMagnitude;
      if (standard && digit_and_unit) AppendStandardCut(text, c, /*dated=*/false, &spans);
      ++t;
      continue;
    }
    if (standard) {
      for (size_t k = 0; k < parts.size(); ++k) {
        const bool dated = k + 1 < parts.size() && parts[k + 1].unit == UnitKind::kMonth;
        AppendStandardCut(text, parts[k], dated, &spans);
      }
    } else {
      Push(&spans, token.start, end, TokenKind::kNumber);
    }
    while (t < tokens->size() && (*tokens)[t].start < end) ++t;
  }
  ForceSpans(spans, tokens);
}

}  // namespace precis::segment::words
