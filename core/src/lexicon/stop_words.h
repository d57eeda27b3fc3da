// Function words that are never terms: our own lists for Chinese (Simplified and
// Traditional spellings), English and Japanese, looked up by term key.
#ifndef PRECIS_LEXICON_STOP_WORDS_H_
#define PRECIS_LEXICON_STOP_WORDS_H_

#include <string_view>

namespace precis::lexicon {

// `key` is a term key (see term_key.h): case-folded, NFKC.
bool IsStopWord(std::u16string_view key);

// English words that are terms but never keyphrases: vague adverbs and verbs, number words,
// times of day (late, think, six, p.m.).
bool IsWeakKeyphraseWord(std::u16string_view key);

}  // namespace precis::lexicon

#endif  // PRECIS_LEXICON_STOP_WORDS_H_
