// How informative a term is a priori, before reading the article: an IDF-like weight from
// background frequencies (ICU's CJK dictionary costs; a compact English list of our own).
#ifndef PRECIS_LEXICON_TERM_PRIOR_H_
#define PRECIS_LEXICON_TERM_PRIOR_H_

#include <string_view>

namespace precis::lexicon {

// About 0.5 for the commonest words up to 5 for rare ones; `key` is a term key.
double TermPrior(std::u16string_view key);

// True when `key` is one of the common English words of the compact prior.
bool IsCommonEnglishWord(std::u16string_view key);

}  // namespace precis::lexicon

#endif  // PRECIS_LEXICON_TERM_PRIOR_H_
