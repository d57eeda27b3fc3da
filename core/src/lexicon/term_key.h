// The lookup key of a term: the one place that decides which spellings count as the same
// term (case, width and compatibility variants), so that the ranking stages never compare raw text.
#ifndef PRECIS_LEXICON_TERM_KEY_H_
#define PRECIS_LEXICON_TERM_KEY_H_

#include <string>
#include <string_view>

namespace precis::lexicon {

// NFKC with case folding; an empty key means the text cannot be normalized.
std::u16string TermKey(std::u16string_view text);

}  // namespace precis::lexicon

#endif  // PRECIS_LEXICON_TERM_KEY_H_
