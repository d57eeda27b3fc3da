// Number reading: Arabic runs first, then the Chinese multipliers that may follow them;
// pure Chinese numerals by sections (units below 萬, then 萬/億/兆 groups).
#include "annotate/numbers.h"

#include "annotate/chars.h"

namespace precis::annotate {

int ChineseDigit(char16_t c) {
  switch (c) {
    case u'零': case u'〇': return 0;
    case u'一': return 1;
    case u'二': case u'兩': case u'两': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
  }
}

double ChineseMultiplier(char16_t c) {
  switch (c) {
    case u'十': case u'拾': return 10;
    case u'百': case u'佰': return 100;
    case u'千': case u'仟': return 1000;
    case u'萬': case u'万': return 1e4;
    case u'億': case u'亿': return 1e8;
    case u'兆': return 1e12;
    default: return 0;
  }
}

namespace {

bool IsBigMultiplier(double m) { return m >= 1e4; }

// Applies multipliers after an Arabic number: 9000億 = 9e11, 3千萬 = 3e7, 1.25萬 = 12500.
size_t ReadTrailingMultipliers(std::u16string_view text, size_t pos, double* value, bool* any) {
  double factor = 1;
  while (pos < text.size()) {
    const double m = ChineseMultiplier(text[pos]);
    if (m == 0 || (m == 10 && text[pos] != u'十')) break;
    factor *= m;
    *any = true;
    ++pos;
  }
  *value *= factor;
  return pos;
}

ParsedNumber ReadArabic(std::u16string_view text, size_t pos) {
  ParsedNumber n;
  size_t i = pos;
  double value = 0;
  while (i < text.size()) {
    if (IsDigit(text[i])) {
      value = value * 10 + DigitValue(text[i]);
      ++n.digits;
      ++i;
    } else if (text[i] == u',' && n.digits > 0 && i + 3 < text.size() && IsAsciiDigit(text[i + 1]) &&
               IsAsciiDigit(text[i + 2]) && IsAsciiDigit(text[i + 3]) &&
               (i + 4 >= text.size() || !IsDigit(text[i + 4]))) {
      n.separators = true;
      ++i;
    } else {
      break;
    }
  }
  if (n.digits == 0) return ParsedNumber();
  if (i + 1 < text.size() && (text[i] == u'.' || text[i] == 0xFF0E) && IsDigit(text[i + 1])) {
    ++i;
    double scale = 0.1;
    while (i < text.size() && IsDigit(text[i])) {
      value += scale * DigitValue(text[i]);
      scale /= 10;
      ++i;
    }
    n.decimal = true;
  }
  n.arabic = true;
  n.value = value;
  n.end = ReadTrailingMultipliers(text, i, &n.value, &n.has_multiplier);
  return n;
}

ParsedNumber ReadChinese(std::u16string_view text, size_t pos) {
  ParsedNumber n;
  double total = 0;     // the 萬/億/兆 groups read so far
  double section = 0;   // below 萬
  double number = 0;    // the last digit (or digit string) not yet multiplied
  bool digit_run = false;  // digits in a row: 二〇二四 reads positionally
  bool pending = false;    // `number` holds a digit not yet added
  size_t i = pos;
  size_t chars = 0;
  for (; i < text.size(); ++i) {
    const char16_t c = text[i];
    const int d = ChineseDigit(c);
    if (d >= 0) {
      number = digit_run ? number * 10 + d : d;
      digit_run = true;
      pending = true;
      ++chars;
      continue;
    }
    const double m = ChineseMultiplier(c);
    if (m == 0) break;
    if (c == u'拾' || c == u'佰' || c == u'仟') {
      // Financial forms only count after a digit.
      if (!pending) break;
    }
    n.has_multiplier = true;
    ++chars;
    if (IsBigMultiplier(m)) {
      double group = section + (pending ? number : 0);
      if (group == 0) group = 1;
      if (total > 0 && total < m) {
        total = (total + group) * m;
      } else {
        total += group * m;
      }
      section = 0;
    } else {
      section += (pending ? number : 1) * m;
    }
    number = 0;
    pending = false;
    digit_run = false;
  }
  if (chars == 0) return ParsedNumber();
  if (chars < 2 && !n.has_multiplier) return ParsedNumber();
  // 兩 alone or 十 alone are words more often than numbers; callers require units.
  n.value = total + section + (pending ? number : 0);
  n.end = i;
  return n;
}

}  // namespace

ParsedNumber ReadNumber(std::u16string_view text, size_t pos) {
  if (pos >= text.size()) return ParsedNumber();
  if (IsDigit(text[pos])) return ReadArabic(text, pos);
  return ReadChinese(text, pos);
}

}  // namespace precis::annotate
