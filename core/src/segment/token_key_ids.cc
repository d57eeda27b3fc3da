// Two open-addressing tables over FNV-1a hashes: token texts (verified against the text) to
// key ids, and keys (verified against the keys so far) to ids. A megabyte of Chinese has some
// 200 000 tokens but a few tens of thousands of distinct texts, so most tokens cost a hash
// and a comparison instead of a normalization.
#include "segment/token_key_ids.h"

#include "text/normalize.h"

namespace precis::segment {
namespace {

uint32_t Hash(std::u16string_view units) {
  uint32_t hash = 2166136261u;
  for (char16_t unit : units) hash = (hash ^ unit) * 16777619u;
  return hash;
}

// A finalizer (as in MurmurHash3) so that the low bits, which pick the slot, mix all bits.
size_t Spread(uint32_t hash) {
  hash ^= hash >> 16;
  hash *= 0x85EBCA6Bu;
  return hash ^ (hash >> 13);
}

size_t TableSize(size_t expected) {
  size_t size = 64;
  while (size < expected * 2) size <<= 1;
  return size;
}

}  // namespace

TokenKeyIds::TokenKeyIds(std::u16string_view text, size_t expected_tokens, std::u16string* keys,
                         std::vector<uint32_t>* key_ends)
    : text_(text), keys_(keys), key_ends_(key_ends) {
  span_slots_.assign(TableSize(expected_tokens / 8 + 16), 0);
  key_slots_.assign(TableSize(expected_tokens / 8 + 16), 0);
}

uint32_t TokenKeyIds::IdOf(uint32_t start, uint32_t end) {
  const std::u16string_view span = text_.substr(start, end - start);
  const uint32_t hash = Hash(span);
  const size_t mask = span_slots_.size() - 1;
  for (size_t i = Spread(hash) & mask;; i = (i + 1) & mask) {
    const uint32_t slot = span_slots_[i];
    if (slot == 0) {  // a new token text
      key_.clear();
      text::AppendNormalizedKey(span, &key_);
      const uint32_t id = KeyIdOf(key_);
      spans_.push_back({start, end - start, hash, id});
      span_slots_[i] = static_cast<uint32_t>(spans_.size());
      if (spans_.size() * 2 > span_slots_.size()) RehashSpans();
      return id;
    }
    const Span& known = spans_[slot - 1];
    if (known.hash == hash && known.length == span.size() &&
        text_.compare(known.start, known.length, span) == 0) {
      return known.key_id;
    }
  }
}

uint32_t TokenKeyIds::KeyIdOf(std::u16string_view key) {
  const size_t mask = key_slots_.size() - 1;
  for (size_t i = Spread(Hash(key)) & mask;; i = (i + 1) & mask) {
    const uint32_t slot = key_slots_[i];
    if (slot == 0) {  // a new key
      const auto id = static_cast<uint32_t>(key_ends_->size());
      keys_->append(key);
      key_ends_->push_back(static_cast<uint32_t>(keys_->size()));
      key_slots_[i] = id + 1;
      if (key_ends_->size() * 2 > key_slots_.size()) RehashKeys();
      return id;
    }
    const uint32_t id = slot - 1;
    const uint32_t key_start = id == 0 ? 0 : (*key_ends_)[id - 1];
    if ((*key_ends_)[id] - key_start == key.size() && keys_->compare(key_start, key.size(), key) == 0) return id;
  }
}

void TokenKeyIds::RehashSpans() {
  span_slots_.assign(span_slots_.size() * 2, 0);
  const size_t mask = span_slots_.size() - 1;
  for (uint32_t index = 0; index < spans_.size(); ++index) {
    size_t i = Spread(spans_[index].hash) & mask;
    while (span_slots_[i] != 0) i = (i + 1) & mask;
    span_slots_[i] = index + 1;
  }
}

void TokenKeyIds::RehashKeys() {
  key_slots_.assign(key_slots_.size() * 2, 0);
  const size_t mask = key_slots_.size() - 1;
  for (uint32_t id = 0; id < key_ends_->size(); ++id) {
    const uint32_t start = id == 0 ? 0 : (*key_ends_)[id - 1];
    size_t i = Spread(Hash(std::u16string_view(*keys_).substr(start, (*key_ends_)[id] - start))) & mask;
    while (key_slots_[i] != 0) i = (i + 1) & mask;
    key_slots_[i] = id + 1;
  }
}

}  // namespace precis::segment
