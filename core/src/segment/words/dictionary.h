// Read access to ICU's CJK word dictionary (brkitr/cjdict.dict, a UCharsTrie whose values are
// word costs): a free word-frequency prior for Chinese and Japanese, shared by the word stages.
#ifndef PRECIS_SEGMENT_WORDS_DICTIONARY_H_
#define PRECIS_SEGMENT_WORDS_DICTIONARY_H_

#include <string_view>

namespace precis::segment::words {

// The dictionary cost of `word` (lower is more frequent; single common characters such as
// 的 cost about 30, rare ones about 100), or -1 when the word is not in the dictionary or
// the dictionary is not available.
int DictionaryCost(std::u16string_view word);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_DICTIONARY_H_
