// A compact open-addressing hash table from 64-bit keys to 32-bit counts: the n-gram counts
// of new-word discovery, without a node allocation per key (it runs on megabytes of text).
#ifndef PRECIS_SEGMENT_WORDS_FLAT_COUNTER_H_
#define PRECIS_SEGMENT_WORDS_FLAT_COUNTER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace precis::segment::words {

class FlatCounter {
 public:
  // One slot: key, count and a second number the caller may keep beside the count (a mark),
  // side by side so that a lookup touches one cache line.
  struct Entry {
    uint64_t stored = 0;  // the key, flipped (see kKeyMask); kEmpty for a free slot
    uint32_t count = 0;
    uint32_t mark = 0;
  };

  explicit FlatCounter(size_t expected = 1024);

  // The count of `key`, created as 0 when absent.
  uint32_t& operator[](uint64_t key);
  // The count of `key`, 0 when absent.
  uint32_t Get(uint64_t key) const;
  // The entry of `key`, or nullptr when absent. Valid until the next insertion.
  Entry* Find(uint64_t key);
  size_t size() const { return size_; }

  // Calls visit(key, count) for every key present.
  template <typename Visit>
  void ForEach(Visit visit) const {
    for (const Entry& entry : entries_) {
      if (entry.stored != kEmpty) visit(entry.stored ^ kKeyMask, entry.count);
    }
  }

 private:
  // Stored keys are flipped so that the key 0 stays usable; kEmpty marks a free slot.
  static constexpr uint64_t kKeyMask = 0x9E3779B97F4A7C15ull;
  static constexpr uint64_t kEmpty = 0;
  static uint64_t Stored(uint64_t key) {
    const uint64_t stored = key ^ kKeyMask;
    return stored == kEmpty ? kKeyMask : stored;  // the one key that flips to 0 is folded onto another
  }
  size_t Slot(uint64_t stored) const;
  void Grow();

  std::vector<Entry> entries_;
  size_t size_ = 0;
  size_t mask_ = 0;
};

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_FLAT_COUNTER_H_
