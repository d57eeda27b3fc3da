// Linear probing over a power-of-two table kept at most three quarters full (16-byte entries:
// a fuller, smaller table misses the cache less than an emptier one saves in probes); ids
// never change when the table grows, only the slots that hold them.
#include "segment/words/ngram_ids.h"

namespace precis::segment::words {
namespace {

int Log2(size_t power_of_two) {
  int bits = 0;
  while ((size_t{1} << bits) < power_of_two) ++bits;
  return bits;
}

}  // namespace

NgramIds::NgramIds(size_t expected) {
  size_t capacity = 16;
  while (capacity * 3 < expected * 4) capacity <<= 1;
  entries_.assign(capacity, Entry());
  mask_ = capacity - 1;
  shift_ = 64 - Log2(capacity);
}

uint32_t NgramIds::Insert(size_t slot, uint64_t key) {
  const auto id = static_cast<uint32_t>(size_);
  if ((size_ + 1) * 4 > entries_.size() * 3) {
    std::vector<Entry> old(entries_.size() * 2, Entry());
    old.swap(entries_);
    mask_ = entries_.size() - 1;
    shift_ = 64 - Log2(entries_.size());
    for (const Entry& entry : old) {
      if (entry.key == kEmpty) continue;
      size_t i = Slot(entry.key);
      while (entries_[i].key != kEmpty) i = (i + 1) & mask_;
      entries_[i] = entry;
    }
    slot = Slot(key);
    while (entries_[slot].key != kEmpty) slot = (slot + 1) & mask_;
  }
  entries_[slot] = {key, id, 1};
  ++size_;
  return id;
}

std::vector<uint32_t> NgramIds::Counts() const {
  std::vector<uint32_t> counts(size_, 0);
  for (const Entry& entry : entries_) {
    if (entry.key != kEmpty) counts[entry.id] = entry.count;
  }
  return counts;
}

}  // namespace precis::segment::words
