// Dense ids and counts for the character n-grams of a text, keyed by a 64-bit hash of each
// n-gram, so that counting them costs one table probe per occurrence and later passes index
// arrays by id instead of hashing again.
#ifndef PRECIS_SEGMENT_WORDS_NGRAM_IDS_H_
#define PRECIS_SEGMENT_WORDS_NGRAM_IDS_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace precis::segment::words {

// Hash of an n-gram, distinct for different lengths: FNV-1a over the characters, then the
// length in the top bits. Built one character at a time (ExtendNgramHash, then
// FinishNgramHash), so that the keys of all n-grams starting at one position cost one pass.
constexpr uint64_t kNgramHashBasis = 0xCBF29CE484222325ull;
inline uint64_t ExtendNgramHash(uint64_t h, char32_t c) { return (h ^ c) * 0x100000001B3ull; }
inline uint64_t FinishNgramHash(uint64_t h, int length) { return h ^ (static_cast<uint64_t>(length) << 56); }

class NgramIds {
 public:
  // `expected`: roughly how many distinct n-grams to make room for (the table grows anyway).
  explicit NgramIds(size_t expected = 1024);

  // Counts one more occurrence of the n-gram whose hash is `key` and returns its id, assigned
  // in order of first occurrence (0, 1, 2, ...). The probes of different keys do not depend
  // on each other, so that the processor overlaps their cache misses; the count sits beside
  // the key, in the cache line the probe has loaded anyway.
  uint32_t Add(uint64_t key) {
    if (key == kEmpty) key = ~kEmpty >> 1;  // the one key that cannot be stored shares another's id
    size_t i = Slot(key);
    while (entries_[i].key != key) {
      if (entries_[i].key == kEmpty) return Insert(i, key);
      i = (i + 1) & mask_;
    }
    ++entries_[i].count;
    return entries_[i].id;
  }

  // The id of the n-gram whose hash is `key`, or kAbsent if it was never added; counts nothing.
  static constexpr uint32_t kAbsent = 0xFFFFFFFF;
  uint32_t Find(uint64_t key) const {
    if (key == kEmpty) key = ~kEmpty >> 1;
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (entries_[i].key == key) return entries_[i].id;
      if (entries_[i].key == kEmpty) return kAbsent;
    }
  }

  // How many ids have been assigned.
  size_t size() const { return size_; }

  // The count of each id, indexed by id.
  std::vector<uint32_t> Counts() const;

 private:
  struct Entry {
    uint64_t key = kEmpty;
    uint32_t id = 0;
    uint32_t count = 0;
  };
  static constexpr uint64_t kEmpty = ~uint64_t{0};

  // Fibonacci hashing: the top bits of key × 2^64/φ.
  size_t Slot(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_); }
  uint32_t Insert(size_t slot, uint64_t key);

  std::vector<Entry> entries_;
  size_t size_ = 0;
  size_t mask_ = 0;
  int shift_ = 0;
};

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_NGRAM_IDS_H_
