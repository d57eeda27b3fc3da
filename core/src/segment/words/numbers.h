// Numbers kept whole with what belongs to them: currency signs, magnitudes (萬, 億), units and
// measure words (元, 家, %), ordinals (第二季), Chinese numerals (三千萬), dates (2026年3月12日)
// and clock times (10時30分).
#ifndef PRECIS_SEGMENT_WORDS_NUMBERS_H_
#define PRECIS_SEGMENT_WORDS_NUMBERS_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"
#include "segment/words/token_edit.h"

namespace precis::segment::words {

// Merges each number with its prefix, magnitudes, unit and date parts into one kNumber token.
// A match starts at a token boundary and never carves a piece out of one dictionary word
// (三角形 and 十分 stay as ICU found them). `standard` cuts as the SIGHAN standards do instead:
// numeral apart from its measure word (5000 家, 一 次), dates by part (2026年 3月 12日).
void MergeNumbers(std::u16string_view text, bool standard, std::vector<Piece>* tokens);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_NUMBERS_H_
