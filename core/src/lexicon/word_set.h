// A fixed set of words from space-separated UTF-8 lists, looked up by view in an open-
// addressing table: a lookup builds no string and divides nothing (the per-token and
// per-term loops of the ranking stage ask thousands of times).
#ifndef PRECIS_LEXICON_WORD_SET_H_
#define PRECIS_LEXICON_WORD_SET_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace precis::lexicon {

class WordSet {
 public:
  // lists: UTF-8, words separated by single spaces.
  explicit WordSet(std::initializer_list<const char*> lists);
  WordSet(const WordSet&) = delete;
  WordSet& operator=(const WordSet&) = delete;

  bool Contains(std::u16string_view word) const {
    const uint32_t hash = Hash(word);
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const uint32_t id = slots_[i];
      if (id == kEmpty) return false;
      if (words_[id] == word) return true;
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;
  // FNV-1a, then a finalizer (as in MurmurHash3) so that the low bits mix all of the word.
  static uint32_t Hash(std::u16string_view word) {
    uint32_t hash = 2166136261u;
    for (char16_t unit : word) hash = (hash ^ unit) * 16777619u;
    hash ^= hash >> 16;
    hash *= 0x85EBCA6Bu;
    return hash ^ (hash >> 13);
  }

  std::u16string storage_;  // every word, one after another; the views point into it
  std::vector<std::u16string_view> words_;  // distinct
  std::vector<uint32_t> slots_;  // open addressing: an index into words_, or kEmpty
  size_t mask_ = 0;
};

}  // namespace precis::lexicon

#endif  // PRECIS_LEXICON_WORD_SET_H_
