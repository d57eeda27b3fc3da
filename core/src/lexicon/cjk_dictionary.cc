// Opens cjdict.dict from the ICU data once (in wasm, the in-memory package) and reads its
// header as ICU's own DictionaryData does: int32 indexes, then the trie at indexes[0].
#include "lexicon/cjk_dictionary.h"

#include <unicode/ucharstrie.h>
#include <unicode/udata.h>

namespace precis::lexicon {
namespace {

// Layout facts of ICU's dictionary files (icu4c/source/common/dictionarydata.h).
constexpr int kIndexTrieOffset = 0;
constexpr int kIndexTrieType = 4;
constexpr int kIndexTransform = 5;
constexpr int32_t kTrieTypeMask = 7;
constexpr int32_t kTrieTypeUChars = 1;
constexpr int32_t kTrieHasValues = 8;

struct OpenDictionary {
  // Kept open for the life of the process, as ICU's break engines keep it, and held here so
  // that it stays reachable (leak checkers expect that).
  UDataMemory* memory = nullptr;
  const char16_t* trie = nullptr;
};

OpenDictionary Open() {
  OpenDictionary dictionary;
  UErrorCode status = U_ZERO_ERROR;
  dictionary.memory =
      udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "dict", "cjdict", &status);
  if (U_FAILURE(status) || dictionary.memory == nullptr) return dictionary;
  const auto* indexes = static_cast<const int32_t*>(udata_getMemory(dictionary.memory));
  const int32_t type = indexes[kIndexTrieType];
  if ((type & kTrieTypeMask) != kTrieTypeUChars || !(type & kTrieHasValues) ||
      indexes[kIndexTransform] != 0) {
    return dictionary;  // a layout this code does not read
  }
  dictionary.trie = reinterpret_cast<const char16_t*>(reinterpret_cast<const char*>(indexes) +
                                                      indexes[kIndexTrieOffset]);
  return dictionary;
}

}  // namespace

const char16_t* CjkDictionaryTrie() {
  static const OpenDictionary dictionary = Open();
  return dictionary.trie;
}

int CjkWordCost(std::u16string_view word) {
  const char16_t* trie = CjkDictionaryTrie();
  if (trie == nullptr || word.empty()) return -1;
  icu::UCharsTrie lookup(trie);
  const UStringTrieResult result = lookup.next(word.data(), static_cast<int32_t>(word.size()));
  return USTRINGTRIE_HAS_VALUE(result) ? lookup.getValue() : -1;
}

}  // namespace precis::lexicon
