// Linear probing over a power-of-two table kept at most half full.
#include "segment/words/flat_counter.h"

namespace precis::segment::words {
namespace {

uint64_t Mix(uint64_t x) {  // a 64-bit finalizer (splitmix64) so that close keys spread out
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

}  // namespace

FlatCounter::FlatCounter(size_t expected) {
  size_t capacity = 16;
  while (capacity < expected * 2) capacity <<= 1;
  entries_.assign(capacity, Entry());
  mask_ = capacity - 1;
}

size_t FlatCounter::Slot(uint64_t stored) const {
  size_t i = static_cast<size_t>(Mix(stored)) & mask_;
  while (entries_[i].stored != kEmpty && entries_[i].stored != stored) i = (i + 1) & mask_;
  return i;
}

uint32_t& FlatCounter::operator[](uint64_t key) {
  const uint64_t stored = Stored(key);
  size_t i = Slot(stored);
  if (entries_[i].stored == kEmpty) {
    if ((size_ + 1) * 2 > entries_.size()) {
      Grow();
      i = Slot(stored);
    }
    entries_[i].stored = stored;
    ++size_;
  }
  return entries_[i].count;
}

uint32_t FlatCounter::Get(uint64_t key) const {
  const uint64_t stored = Stored(key);
  const Entry& entry = entries_[Slot(stored)];
  return entry.stored == stored ? entry.count : 0;
}

FlatCounter::Entry* FlatCounter::Find(uint64_t key) {
  const uint64_t stored = Stored(key);
  Entry& entry = entries_[Slot(stored)];
  return entry.stored == stored ? &entry : nullptr;
}

void FlatCounter::Grow() {
  std::vector<Entry> old(entries_.size() * 2, Entry());
  old.swap(entries_);
  mask_ = entries_.size() - 1;
  for (const Entry& entry : old) {
    if (entry.stored != kEmpty) entries_[Slot(entry.stored)] = entry;
  }
}

}  // namespace precis::segment::words
