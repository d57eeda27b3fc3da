// Productive suffixes that ICU's dictionary leaves apart: 現代|化 and 產業|化 are one word
// each (both the PKU and the AS standards write them whole).
#ifndef PRECIS_SEGMENT_WORDS_SUFFIXES_H_
#define PRECIS_SEGMENT_WORDS_SUFFIXES_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"

namespace precis::segment::words {

// Joins a one-character 化 token to the ideographic word of two or more characters before it.
void MergeSuffixes(std::u16string_view text, std::vector<Token>* tokens);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_SUFFIXES_H_
