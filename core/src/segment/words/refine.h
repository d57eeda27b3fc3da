// Word refinement on top of ICU's dictionary segmentation: numbers with their units, dates,
// Latin forms (URLs, e-mail addresses, hyphenated words), dash runs and in-document new words.
#ifndef PRECIS_SEGMENT_WORDS_REFINE_H_
#define PRECIS_SEGMENT_WORDS_REFINE_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"
#include "segment/words/token_edit.h"

namespace precis::segment::words {

// Refines `pieces` (ICU's tokens of `text` without keys, tiling it; token_edit.h) in place;
// they still tile `text`. `standard`: cut numbers as the SIGHAN standards do (numeral apart
// from its measure word, dates by their parts) instead of keeping them whole, and apply the
// other standard cuts (standard_cuts.h; discovery joins no lone modifier to a common word).
void RefinePieces(std::u16string_view text, bool standard, std::vector<Piece>* pieces);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_REFINE_H_
