// Word refinement on top of ICU's dictionary segmentation: numbers with their units, dates,
// Latin forms (URLs, e-mail addresses, hyphenated words), dash runs and in-document new words.
#ifndef PRECIS_SEGMENT_WORDS_REFINE_H_
#define PRECIS_SEGMENT_WORDS_REFINE_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"

namespace precis::segment::words {

// Refines `tokens` (ICU's tokens of `text`, tiling it) in place; they still tile `text`.
void RefineWords(std::u16string_view text, std::vector<Token>* tokens);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_REFINE_H_
