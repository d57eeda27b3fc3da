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
  explicit FlatCounter(size_t expected = 1024);

  // The count of `key`, created as 0 when absent.
  uint32_t& operator[](uint64_t key);
  // The count of `key`, 0 when absent.
  uint32_t Get(uint64_t key) const;
  size_t size() const { return size_; }

  // Calls visit(key, count) for every key present.
  template <typename Visit>
  void ForEach(Visit visit) const {
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] != kEmpty) visit(keys_[i] ^ kKeyMask, values_[i]);
    }
  }

 private:
  // Stored keys are flipped so that the key 0 stays usable; kEmpty marks a free slot.
  static constexpr uint64_t kKeyMask = 0x9E3779B97F4A7C15ull;
  static constexpr uint64_t kEmpty = 0;
  size_t Slot(uint64_t stored) const;
  void Grow();

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  size_t size_ = 0;
  size_t mask_ = 0;
};

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_FLAT_COUNTER_H_
