// Reads numbers as written in news text: Arabic digits with separators (1,000.5, full-width
// digits), Chinese numerals (三千萬, 兩百) and mixed forms (1.25萬, 9000億, 3千萬).
#ifndef PRECIS_ANNOTATE_NUMBERS_H_
#define PRECIS_ANNOTATE_NUMBERS_H_

#include <cstddef>
#include <string_view>

namespace precis::annotate {

struct ParsedNumber {
  size_t end = 0;       // one past the last code unit read; 0 when nothing was read
  double value = 0;
  bool arabic = false;  // starts with Arabic digits
  bool has_multiplier = false;  // contains 十百千萬億兆 (or their variants)
  size_t digits = 0;    // Arabic digits before any decimal point (for years)
  bool decimal = false;
  bool separators = false;  // thousands separators
};

// Reads a number starting exactly at `pos`. Chinese numerals alone read only when they
// hold at least two characters or a multiplier (so that 一 in 一起 is not a number).
ParsedNumber ReadNumber(std::u16string_view text, size_t pos);

// The value of a Chinese digit (零〇一二兩两三四五六七八九), or -1.
int ChineseDigit(char16_t c);
// The value of a Chinese multiplier (十拾百佰千仟萬万億亿兆), or 0.
double ChineseMultiplier(char16_t c);

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_NUMBERS_H_
