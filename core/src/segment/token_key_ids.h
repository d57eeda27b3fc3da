// Ids of the distinct keys of a text's tokens, each key worked out once per distinct token
// text: what the bindings send for tokenize() and analyze() (each distinct key once, one id
// per token).
#ifndef PRECIS_SEGMENT_TOKEN_KEY_IDS_H_
#define PRECIS_SEGMENT_TOKEN_KEY_IDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/key_table.h"

namespace precis::segment {

// Ids of distinct keys in order of first appearance: each new key is appended to `keys`
// (concatenated) and where it ends to `key_ends`.
class DistinctKeys {
 public:
  DistinctKeys(size_t expected, std::u16string* keys, std::vector<uint32_t>* key_ends)
      : keys_(keys), key_ends_(key_ends), table_(expected) {}

  // `key` must not point into `keys`.
  uint32_t IdOf(std::u16string_view key);

 private:
  std::u16string_view KeyOf(uint32_t id) const;

  std::u16string* keys_;
  std::vector<uint32_t>* key_ends_;
  text::KeyTable table_;
};

// Key ids by token text: a token whose text was met before costs a hash and a comparison,
// not a normalization.
class TokenKeyIds {
 public:
  // `text` is the whole input (it must outlive this table); the keys go to `keys`
  // (concatenated) and `key_ends` (where each ends), in order of first appearance.
  TokenKeyIds(std::u16string_view text, size_t expected_tokens, std::u16string* keys,
              std::vector<uint32_t>* key_ends);

  // The id of the key of text[start, end) (text::AppendNormalizedKey of it).
  uint32_t IdOf(uint32_t start, uint32_t end);

 private:
  struct Span {  // a distinct token text: where it first occurs and its key's id
    uint32_t start = 0;
    uint32_t length = 0;
    uint32_t key_id = 0;
  };

  std::u16string_view text_;
  DistinctKeys keys_;
  std::u16string key_;      // the key being worked out
  std::vector<Span> spans_;  // the distinct token texts
  text::KeyTable span_table_;  // token text -> index into spans_
};

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_TOKEN_KEY_IDS_H_
