// Opens cjdict.dict through ICU's public udata API and walks its UCharsTrie. The layout
// (eight int32 indexes, then the trie at indexes[0]) is ICU's DictionaryData format.
#include "lexicon/cjk_dictionary.h"

#include <unicode/ucharstrie.h>
#include <unicode/udata.h>

namespace precis::lexicon {
namespace {

constexpr int kIndexTrieOffset = 0;
constexpr int kIndexTrieType = 4;
constexpr int32_t kTrieTypeMask = 7;
constexpr int32_t kTrieTypeUChars = 1;
constexpr int32_t kTrieHasValues = 8;

// The trie's first unit, or null when the data is missing or not a valued UCharsTrie.
const char16_t* OpenTrie() {
  UErrorCode status = U_ZERO_ERROR;
  UDataMemory* memory = udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "dict", "cjdict", &status);
  if (U_FAILURE(status) || memory == nullptr) return nullptr;
  // Kept open for the life of the process: the trie points into it.
  const auto* indexes = static_cast<const int32_t*>(udata_getMemory(memory));
  const int32_t type = indexes[kIndexTrieType];
  if ((type & kTrieTypeMask) != kTrieTypeUChars || (type & kTrieHasValues) == 0) {
    udata_close(memory);
    return nullptr;
  }
  return reinterpret_cast<const char16_t*>(reinterpret_cast<const char*>(indexes) +
                                           indexes[kIndexTrieOffset]);
}

}  // namespace

int CjkWordCost(std::u16string_view word) {
  static const char16_t* trie_units = OpenTrie();
  if (trie_units == nullptr || word.empty()) return -1;
  icu::UCharsTrie trie(trie_units);
  UStringTrieResult result = USTRINGTRIE_NO_MATCH;
  for (size_t i = 0; i < word.size(); ++i) {
    result = trie.next(word[i]);
    if (i + 1 < word.size() && !USTRINGTRIE_HAS_NEXT(result)) return -1;
  }
  return USTRINGTRIE_HAS_VALUE(result) ? trie.getValue() : -1;
}

}  // namespace precis::lexicon
