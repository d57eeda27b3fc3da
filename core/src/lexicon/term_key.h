// The lookup key of a term: the one place that decides which spellings count as the same
// term (case, width, compatibility and Traditional/Simplified variants) for the ranking stages.
#ifndef PRECIS_LEXICON_TERM_KEY_H_
#define PRECIS_LEXICON_TERM_KEY_H_

#include <string>
#include <string_view>

namespace precis::lexicon {

// NFKC with case folding, then Traditional→Simplified (text::NormalizedKey).
std::u16string TermKey(std::u16string_view text);

}  // namespace precis::lexicon

#endif  // PRECIS_LEXICON_TERM_KEY_H_
