// Dense ids and counts for the character n-grams of a text, keyed by a 64-bit hash of each
// n-gram, so that counting them costs one table probe per occurrence and later passes index
// arrays by id instead of hashing again.
#ifndef PRECIS_SEGMENT_WORDS_NGRAM_IDS_H_
#define PRECIS_SEGMENT_WORDS_NGRAM_IDS_H_

#include <cstddef>
#include <cstdint>
#include <utility>
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
  // on each other, so that the processor overlaps their cache misses.
  uint32_t Add(uint64_t key) {
    if (key == kEmpty) key = ~kEmpty >> 1;  // the one key that cannot be stored shares another's id
    size_t i = Slot(key);
    while (entries_[i].Key() != key) {
      if (entries_[i].Key() == kEmpty) return Insert(i, key);
      i = (i + 1) & mask_;
    }
    ++counts_[entries_[i].id];
    return entries_[i].id;
  }

  // Counts one more occurrence of `id`, which Add returned: for callers that know the id of a
  // key without probing.
  void AddAgain(uint32_t id) { ++counts_[id]; }

  // The id of the n-gram whose hash is `key`, or kAbsent if it was never added; counts nothing.
  static constexpr uint32_t kAbsent = 0xFFFFFFFF;
  uint32_t Find(uint64_t key) const {
    if (key == kEmpty) key = ~kEmpty >> 1;
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (entries_[i].Key() == key) return entries_[i].id;
      if (entries_[i].Key() == kEmpty) return kAbsent;
    }
  }

  // How many ids have been assigned.
  size_t size() const { return counts_.size(); }

  // How many ids the table holds before it grows: arrays indexed by id can be reserved to this
  // in step with the table instead of doubling on their own.
  size_t IdLimit() const { return entries_.size() / 4 * 3; }

  // The count of each id, indexed by id; TakeCounts() moves them out (the table then only
  // finds ids).
  const std::vector<uint32_t>& Counts() const { return counts_; }
  std::vector<uint32_t> TakeCounts() { return std::move(counts_); }

 private:
  // 12 bytes: the key in two halves (no padding), the id; the counts are kept by id.
  struct Entry {
    uint32_t key_low = 0xFFFFFFFF;
    uint32_t key_high = 0xFFFFFFFF;
    uint32_t id = 0;
    uint64_t Key() const { return static_cast<uint64_t>(key_high) << 32 | key_low; }
  };
  static constexpr uint64_t kEmpty = ~uint64_t{0};

  // Fibonacci hashing: the top bits of key × 2^64/φ.
  size_t Slot(uint64_t key) const { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_); }
  uint32_t Insert(size_t slot, uint64_t key);

  std::vector<Entry> entries_;
  std::vector<uint32_t> counts_;
  size_t mask_ = 0;
  int shift_ = 0;
};

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_NGRAM_IDS_H_
