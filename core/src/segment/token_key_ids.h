// Ids of the distinct keys of a text's tokens, each key worked out once per distinct token
// text: what the bindings send for tokenize() (each distinct key once, one id per token).
#ifndef PRECIS_SEGMENT_TOKEN_KEY_IDS_H_
#define PRECIS_SEGMENT_TOKEN_KEY_IDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis::segment {

class TokenKeyIds {
 public:
  // `text` is the whole input (it must outlive this table); the keys go to `keys`
  // (concatenated) and `key_ends` (where each ends), in order of first appearance.
  TokenKeyIds(std::u16string_view text, size_t expected_tokens, std::u16string* keys,
              std::vector<uint32_t>* key_ends);

  // The id of the key of text[start, end) (text::AppendNormalizedKey of it).
  uint32_t IdOf(uint32_t start, uint32_t end);

 private:
  struct Span {  // a distinct token text: where it first occurs, its hash and its key's id
    uint32_t start = 0;
    uint32_t length = 0;
    uint32_t hash = 0;
    uint32_t key_id = 0;
  };
  uint32_t KeyIdOf(std::u16string_view key);
  void RehashSpans();
  void RehashKeys();

  std::u16string_view text_;
  std::u16string* keys_;
  std::vector<uint32_t>* key_ends_;
  std::u16string key_;                // the key being worked out
  std::vector<Span> spans_;           // the distinct token texts
  std::vector<uint32_t> span_slots_;  // open addressing over spans_: index + 1, 0 free
  std::vector<uint32_t> key_slots_;   // open addressing over the keys: id + 1, 0 free
};

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_TOKEN_KEY_IDS_H_
