// The order of the refinements matters: Latin forms and numbers claim their characters first,
// so that new-word discovery only ever joins runs of Han tokens.
#include "segment/words/refine.h"
#include <cstdlib>

#include "segment/words/latin_forms.h"
#include "segment/words/new_words.h"
#include "segment/words/numbers.h"
#include "segment/words/suffixes.h"

namespace precis::segment::words {

void RefineWords(std::u16string_view text, bool standard, std::vector<Token>* tokens) {
  MergeUrlsAndEmails(text, tokens);
  MergeHyphensAcronymsAndDashes(text, tokens);
  MergeNumbers(text, standard, tokens);
  NewWordOptions o;
  if (getenv("NW_MIN")) o.min_count = atoi(getenv("NW_MIN"));
  if (getenv("NW_COH")) o.min_cohesion = atof(getenv("NW_COH"));
  if (getenv("NW_ENT")) o.min_boundary_entropy = atof(getenv("NW_ENT"));
  if (getenv("NW_ALONE")) o.max_alone_ratio = atof(getenv("NW_ALONE"));
  if (getenv("NW_LEN")) o.max_length = atoi(getenv("NW_LEN"));
  if (getenv("NW_COST")) o.max_common_word_cost = atoi(getenv("NW_COST"));
  MergeNewWords(text, o, tokens);
  MergeSuffixes(text, tokens);
}

}  // namespace precis::segment::words
