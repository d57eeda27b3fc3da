// Frequent Han characters written differently in Traditional and Simplified Chinese, for
// telling the two scripts apart (not for converting: that needs a full table).
#ifndef PRECIS_TEXT_HAN_VARIANTS_H_
#define PRECIS_TEXT_HAN_VARIANTS_H_

#include <string_view>

namespace precis::text {

// Parallel strings of equal length: the i-th Traditional character's Simplified form is the
// i-th Simplified character. Neither holds a character used unchanged in the other script.
std::u16string_view TraditionalOnlyCharacters();
std::u16string_view SimplifiedOnlyCharacters();

}  // namespace precis::text

#endif  // PRECIS_TEXT_HAN_VARIANTS_H_
