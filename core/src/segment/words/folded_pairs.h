// Words that ICU's dictionary lists in their Simplified spelling only: two lone characters of
// Traditional (or mixed) text whose Simplified forms spell a word become that word.
#ifndef PRECIS_SEGMENT_WORDS_FOLDED_PAIRS_H_
#define PRECIS_SEGMENT_WORDS_FOLDED_PAIRS_H_

#include <string_view>
#include <vector>

#include "segment/words/token_edit.h"

namespace precis::segment::words {

// Joins two adjacent one-character ideographic pieces when the pair is no dictionary word but
// its Traditional→Simplified fold is one (分|組 → 分組, as 分组; 出|臺 → 出臺, as 出台), and
// neither character is a function word (約|在 stays apart although 约在 is listed); and re-cuts
// three characters cut 2 + 1 or 1 + 2 the other way when the new pair, so read, is a word
// and the dictionary's costs prefer the new reading (更寬|松 → 更|寬松, as 宽松).
void MergeFoldedPairs(std::u16string_view text, std::vector<Piece>* tokens);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_FOLDED_PAIRS_H_
