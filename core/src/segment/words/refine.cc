// The order of the refinements matters: Latin forms and numbers claim their characters first,
// so that new-word discovery only ever joins runs of Han tokens.
#include "segment/words/refine.h"

#include "segment/words/folded_pairs.h"
#include "segment/words/latin_forms.h"
#include "segment/words/new_words.h"
#include "segment/words/numbers.h"
#include "segment/words/standard_cuts.h"
#include "segment/words/suffixes.h"
#include "segment/words/token_edit.h"

namespace precis::segment::words {

void RefinePieces(std::u16string_view text, bool standard, std::vector<Piece>* tokens) {
  MergeUrlsAndEmails(text, tokens);
  MergeHyphensAcronymsAndDashes(text, tokens);
  MergeNumbers(text, standard, tokens);
  MergeFoldedPairs(text, tokens);
  NewWordOptions new_words;
  new_words.join_modifier_prefix = !standard;
  MergeNewWords(text, new_words, tokens);
  MergeSuffixes(text, tokens);
  if (standard) {
    ApplyStandardCuts(text, tokens);  // first: a surname cut must not see 江蘇省
    MergeNounSuffixes(text, tokens);
  }
}

}  // namespace precis::segment::words
