// Word costs from ICU's CJK break dictionary (brkitr/cjdict.dict, a UCharsTrie already in
// the ICU data): a background frequency prior for Chinese and Japanese words, nothing new to ship.
#ifndef PRECIS_LEXICON_CJK_DICTIONARY_H_
#define PRECIS_LEXICON_CJK_DICTIONARY_H_

#include <string_view>

namespace precis::lexicon {

// The dictionary's cost of `word` (about 30 for the commonest words, up to 255 for the
// rarest: lower is more frequent), or -1 when the word is not in the dictionary or the
// dictionary cannot be opened. Thread-safe; the data is opened once.
int CjkWordCost(std::u16string_view word);

// The dictionary's trie (an icu::UCharsTrie over words, each valued with its cost) for
// callers that walk it themselves, or nullptr when the dictionary cannot be opened.
const char16_t* CjkDictionaryTrie();

}  // namespace precis::lexicon

#endif  // PRECIS_LEXICON_CJK_DICTIONARY_H_
