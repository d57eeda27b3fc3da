// How long a piece of mixed-script text is in words, so that lengths of Chinese, Japanese
// and English sentences compare: alphabetic words count one, CJK characters half each.
#ifndef PRECIS_TEXT_WORD_LENGTH_H_
#define PRECIS_TEXT_WORD_LENGTH_H_

#include <string_view>

namespace precis::text {

// Han, Hiragana or Katakana (and the prolonged sound marks).
bool IsCjkChar(char32_t c);

double LengthInWords(std::u16string_view text);

}  // namespace precis::text

#endif  // PRECIS_TEXT_WORD_LENGTH_H_
