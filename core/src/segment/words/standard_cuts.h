// The SIGHAN-style cuts of the standard word style beyond numbers: function words that ICU's
// dictionary glued to a neighbour (他的, 也是, 就有) come apart, and each script follows its region's standard.
#ifndef PRECIS_SEGMENT_WORDS_STANDARD_CUTS_H_
#define PRECIS_SEGMENT_WORDS_STANDARD_CUTS_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"
#include "segment/words/token_edit.h"

namespace precis::segment::words {

// Which regional segmentation standard a text's script calls for.
enum class ChineseScript { kSimplified, kTraditional };

// The script most of `text`'s script-specific Han characters belong to (Simplified on a tie).
ChineseScript DominantScript(std::u16string_view text);

// How loosely a word of ICU's dictionary made of a function word and a neighbour binds: the
// costs of its parts minus its own cost (costs are negative log frequencies, so this is a
// pointwise mutual information in the dictionary's units), or -1 when the dictionary lacks a
// part. `function_first` says which side the one-character function word is on.
int DictionaryAssociation(std::u16string_view word, bool function_first);

// Applies the cuts to `tokens` (refined tokens tiling `text`):
// - both scripts: a dictionary word of two or three characters that is an adverb or negation
//   plus a word (也是, 都在, 不是), a personal pronoun plus a word (他的, 我在), or a word plus
//   the particle 的 or 了 (新的, 有了) or 的 plus a word (的是) is cut in two when its parts
//   bind no more than chance would have them (a small association); lexicalized words whose
//   parts bind strongly (已經, 目的, 為了, 他們) stay whole;
// - Traditional text (Academia Sinica): a demonstrative or 每/各 before a measure word is two
//   words (這 個, 每 年); a number before 年代 or 年度 is one (九十年代, 八十四年度);
// - Simplified text (Peking University): a three-character personal name is written surname
//   apart (江 澤民-style), and 一个 is one word.
void ApplyStandardCuts(std::u16string_view text, std::vector<Piece>* tokens);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_STANDARD_CUTS_H_
