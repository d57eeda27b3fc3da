// Term keys are the project's normalized keys (text/normalize.h), so that terms, tokens
// and the page all agree on what counts as the same word.
#include "lexicon/term_key.h"

#include "text/normalize.h"

namespace precis::lexicon {

std::u16string TermKey(std::u16string_view text) { return text::NormalizedKey(text); }

}  // namespace precis::lexicon
