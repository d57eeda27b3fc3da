// Interns 64-bit keys as dense ids 0, 1, 2... in order of first appearance: an open-addressing
// table in one array, for the per-token and per-character loops of the ranking stage.
#ifndef PRECIS_RANK_FLAT_IDS_H_
#define PRECIS_RANK_FLAT_IDS_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace precis::rank {

class FlatIds {
 public:
  // expected: about how many distinct keys will come (the table grows past it if needed).
  explicit FlatIds(size_t expected = 16) { Resize(Capacity(expected)); }

  // The id of `key`, and whether it was new (then its id is the previous size()).
  std::pair<uint32_t, bool> Intern(uint64_t key) {
    size_t slot = Slot(key);
    while (true) {
      Entry& e = entries_[slot];
      if (e.id == kEmpty) break;
      if (e.key == key) return {e.id, false};
      slot = (slot + 1) & mask_;
    }
    if ((size_ + 1) * 4 > entries_.size() * 3) {
      Resize(entries_.size() * 2);
      slot = Slot(key);
      while (entries_[slot].id != kEmpty) slot = (slot + 1) & mask_;
    }
    entries_[slot] = {key, static_cast<uint32_t>(size_)};
    return {static_cast<uint32_t>(size_++), true};
  }

  size_t size() const { return size_; }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;
  struct Entry {
    uint64_t key = 0;
    uint32_t id = kEmpty;
  };

  static size_t Capacity(size_t expected) {
    size_t capacity = 16;
    while (capacity * 3 < expected * 4) capacity *= 2;
    return capacity;
  }
  // A multiplicative hash (Fibonacci hashing): the high bits mix all of the key.
  size_t Slot(uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_) & mask_;
  }
  void Resize(size_t capacity) {
    std::vector<Entry> old = std::move(entries_);
    entries_.assign(capacity, Entry());
    mask_ = capacity - 1;
    shift_ = 64;
    for (size_t c = capacity; c > 1; c >>= 1) --shift_;
    for (const Entry& e : old) {
      if (e.id == kEmpty) continue;
      size_t slot = Slot(e.key);
      while (entries_[slot].id != kEmpty) slot = (slot + 1) & mask_;
      entries_[slot] = e;
    }
  }

  std::vector<Entry> entries_;
  size_t mask_ = 0;
  int shift_ = 64;
  size_t size_ = 0;
};

}  // namespace precis::rank

#endif  // PRECIS_RANK_FLAT_IDS_H_
