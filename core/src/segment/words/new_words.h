// In-document new-word discovery: character n-grams that recur in this text, hold together
// (high pointwise mutual information) and combine freely with their neighbours (high boundary
// entropy) become words of the text, so that names no dictionary has (黃仁勛, 英偉達) stay whole.
#ifndef PRECIS_SEGMENT_WORDS_NEW_WORDS_H_
#define PRECIS_SEGMENT_WORDS_NEW_WORDS_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"
#include "segment/words/token_edit.h"

namespace precis::segment::words {

struct NewWordOptions {
  int max_length = 4;               // longest n-gram considered, in characters
  int min_count = 2;                // occurrences needed in the text
  double min_cohesion = 3.0;        // PMI (natural log) of the weakest split of the n-gram
  double min_boundary_entropy = 0.9;  // entropy (nats) of the left and of the right neighbours
  // A one-character token is joined only if it stands alone at most this many times as
  // often in the whole text as the word occurs.
  double max_alone_ratio = 5.0;
  // A one-character token that ICU's dictionary lists as a word at this cost or less (a
  // common word: 的 31, 和 46, 這/这 59) is joined only into a word made of one-character
  // tokens alone, one of which the dictionary lists at min_rare_character_cost or more, or
  // not at all (霍金: 金 57, 霍 83).
  int max_common_word_cost = 61;
  int min_rare_character_cost = 75;
  // Whether a lone character may join the common dictionary word after it (乡|政府, 附|图片).
  // The SIGHAN standards write such recurring pairs as modifier and head; readers of the
  // refined style see them whole. A common word here costs at most modifier_head_cost.
  bool join_modifier_prefix = true;
  int modifier_head_cost = 70;
};

// Joins runs of ideographic tokens that spell a discovered word of `text`. Only runs that ICU
// broke into pieces including a single character are joined: two dictionary words side by
// side (中国|人民) stay apart. Traditional and Simplified spellings are counted together.
void MergeNewWords(std::u16string_view text, const NewWordOptions& options, std::vector<Piece>* tokens);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_NEW_WORDS_H_
