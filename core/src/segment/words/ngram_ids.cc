// Linear probing over a power-of-two table kept at most three quarters full (12-byte entries:
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
  counts_.reserve(IdLimit());
}

uint32_t NgramIds::Insert(size_t slot, uint64_t key) {
  const auto id = static_cast<uint32_t>(counts_.size());
  if ((counts_.size() + 1) * 4 > entries_.size() * 3) {
    std::vector<Entry> old(entries_.size() * 2, Entry());
    old.swap(entries_);
    mask_ = entries_.size() - 1;
    shift_ = 64 - Log2(entries_.size());
    for (const Entry& entry : old) {
      if (entry.Key() == kEmpty) continue;
      size_t i = Slot(entry.Key());
      while (entries_[i].Key() != kEmpty) i = (i + 1) & mask_;
      entries_[i] = entry;
    }
    slot = Slot(key);
    while (entries_[slot].Key() != kEmpty) slot = (slot + 1) & mask_;
    std::vector<Entry>().swap(old);  // the old table goes before the counts grow
    counts_.reserve(IdLimit());
  }
  entries_[slot] = {static_cast<uint32_t>(key), static_cast<uint32_t>(key >> 32), id};
  counts_.push_back(1);
  return id;
}

}  // namespace precis::segment::words
