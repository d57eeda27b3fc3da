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
  keys_.assign(capacity, kEmpty);
  values_.assign(capacity, 0);
  mask_ = capacity - 1;
}

size_t FlatCounter::Slot(uint64_t stored) const {
  size_t i = static_cast<size_t>(Mix(stored)) & mask_;
  while (keys_[i] != kEmpty && keys_[i] != stored) i = (i + 1) & mask_;
  return i;
}

uint32_t& FlatCounter::operator[](uint64_t key) {
  uint64_t stored = key ^ kKeyMask;
  if (stored == kEmpty) stored = kKeyMask;  // the one key that flips to 0 is folded onto another
  size_t i = Slot(stored);
  if (keys_[i] == kEmpty) {
    if ((size_ + 1) * 2 > keys_.size()) {
      Grow();
      i = Slot(stored);
    }
    keys_[i] = stored;
    ++size_;
  }
  return values_[i];
}

uint32_t FlatCounter::Get(uint64_t key) const {
  uint64_t stored = key ^ kKeyMask;
  if (stored == kEmpty) stored = kKeyMask;
  const size_t i = Slot(stored);
  return keys_[i] == stored ? values_[i] : 0;
}

void FlatCounter::Grow() {
  std::vector<uint64_t> old_keys(keys_.size() * 2, kEmpty);
  std::vector<uint32_t> old_values(values_.size() * 2, 0);
  old_keys.swap(keys_);
  old_values.swap(values_);
  mask_ = keys_.size() - 1;
  for (size_t i = 0; i < old_keys.size(); ++i) {
    if (old_keys[i] == kEmpty) continue;
    const size_t slot = Slot(old_keys[i]);
    keys_[slot] = old_keys[i];
    values_[slot] = old_values[i];
  }
}

}  // namespace precis::segment::words
