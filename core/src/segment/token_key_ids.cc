// A megabyte of Chinese has some 200 000 tokens but a few tens of thousands of distinct
// texts, so most tokens cost a hash and a comparison instead of a normalization.
#include "segment/token_key_ids.h"

#include "text/normalize.h"

namespace precis::segment {

std::u16string_view DistinctKeys::KeyOf(uint32_t id) const {
  const uint32_t start = id == 0 ? 0 : (*key_ends_)[id - 1];
  return std::u16string_view(*keys_).substr(start, (*key_ends_)[id] - start);
}

uint32_t DistinctKeys::IdOf(std::u16string_view key) {
  const uint32_t hash = text::KeyTable::Hash(key);
  const uint32_t found = table_.Find(key, hash, [this](uint32_t id) { return KeyOf(id); });
  if (found != text::KeyTable::kAbsent) return found;
  const auto id = static_cast<uint32_t>(key_ends_->size());
  keys_->append(key);
  key_ends_->push_back(static_cast<uint32_t>(keys_->size()));
  table_.Add(hash, id);
  return id;
}

TokenKeyIds::TokenKeyIds(std::u16string_view text, size_t expected_tokens, std::u16string* keys,
                         std::vector<uint32_t>* key_ends)
    : text_(text), keys_(expected_tokens / 8 + 16, keys, key_ends), span_table_(expected_tokens / 8 + 16) {}

uint32_t TokenKeyIds::IdOf(uint32_t start, uint32_t end) {
  const std::u16string_view span = text_.substr(start, end - start);
  const uint32_t hash = text::KeyTable::Hash(span);
  const uint32_t known = span_table_.Find(span, hash, [this](uint32_t index) {
    return text_.substr(spans_[index].start, spans_[index].length);
  });
  if (known != text::KeyTable::kAbsent) return spans_[known].key_id;
  key_.clear();
  text::AppendNormalizedKey(span, &key_);
  const uint32_t id = keys_.IdOf(key_);
  span_table_.Add(hash, static_cast<uint32_t>(spans_.size()));
  spans_.push_back({start, end - start, id});
  return id;
}

}  // namespace precis::segment
