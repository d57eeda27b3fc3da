// The order of the refinements matters: Latin forms and numbers claim their characters first,
// so that new-word discovery only ever joins runs of Han tokens.
#include "segment/words/refine.h"

#include "segment/words/new_words.h"
#include "segment/words/numbers.h"

namespace precis::segment::words {

void RefineWords(std::u16string_view text, std::vector<Token>* tokens) {
  MergeNumbers(text, tokens);
  MergeNewWords(text, NewWordOptions(), tokens);
}

}  // namespace precis::segment::words
