// Finds UTF-16 keys by open addressing over an FNV-1a hash: the table holds only each key's
// hash and id, the caller keeps the keys (key_of(id)). For per-token loops (the term
// extraction, the distinct keys of tokenize()), where a node-based map costs more than the
// work it saves.
#ifndef PRECIS_TEXT_KEY_TABLE_H_
#define PRECIS_TEXT_KEY_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace precis::text {

class KeyTable {
 public:
  static constexpr uint32_t kAbsent = 0xFFFFFFFF;

  // expected: about how many keys will come (the table grows past it if needed).
  explicit KeyTable(size_t expected = 16) {
    size_t capacity = 16;
    while (capacity < expected * 2) capacity <<= 1;
    slots_.assign(capacity, Slot());
  }

  static uint32_t Hash(std::u16string_view key) {
    uint32_t hash = 2166136261u;
    for (char16_t unit : key) hash = (hash ^ unit) * 16777619u;
    return hash;
  }

  // The id stored for `key` (whose Hash() is `hash`), or kAbsent; key_of(id) is the key of
  // a stored id.
  template <typename KeyOf>
  uint32_t Find(std::u16string_view key, uint32_t hash, const KeyOf& key_of) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = Spread(hash) & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.id == kAbsent) return kAbsent;
      if (slot.hash == hash && key_of(slot.id) == key) return slot.id;
    }
  }

  // Stores `id` under `hash`; its key must be absent.
  void Add(uint32_t hash, uint32_t id) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Place(hash, id);
    ++size_;
  }

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t id = kAbsent;
  };

  // A finalizer (as in MurmurHash3) so that the low bits, which pick the slot, mix all bits.
  static size_t Spread(uint32_t hash) {
    hash ^= hash >> 16;
    hash *= 0x85EBCA6Bu;
    return hash ^ (hash >> 13);
  }

  void Place(uint32_t hash, uint32_t id) {
    const size_t mask = slots_.size() - 1;
    size_t i = Spread(hash) & mask;
    while (slots_[i].id != kAbsent) i = (i + 1) & mask;
    slots_[i] = {hash, id};
  }

  void Grow() {
    std::vector<Slot> old(slots_.size() * 2, Slot());
    old.swap(slots_);
    for (const Slot& slot : old) {
      if (slot.id != kAbsent) Place(slot.hash, slot.id);
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace precis::text

#endif  // PRECIS_TEXT_KEY_TABLE_H_
