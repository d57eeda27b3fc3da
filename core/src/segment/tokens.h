// Tokens that tile the whole text: ICU's word segmentation (UAX #29 plus the CJK dictionary,
// the latter through CjkWordLattice), each piece classified by its rule status and first code point.
#ifndef PRECIS_SEGMENT_TOKENS_H_
#define PRECIS_SEGMENT_TOKENS_H_

#include <array>
#include <memory>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "precis/analysis.h"
#include "precis/analyzer.h"
#include "precis/status.h"
#include "segment/cjk_words.h"
#include "segment/words/token_edit.h"

namespace precis::segment {

// Whether Tokenize gives tokens their keys (text/normalize.h); kNone leaves them empty.
enum class TokenKeys : uint8_t { kAssign, kNone };

// ClassifyToken(0, unit) for each code unit, worked out the first time the unit is asked for
// (the kind of a token of one unit that ICU's word rules give no status). Not thread-safe.
class StatuslessKindCache {
 public:
  TokenKind operator[](char16_t unit);

 private:
  std::array<uint8_t, 0x10000> kinds_{};  // 0: not yet known, else the kind + 1
};

class Tokenizer {
 public:
  static Status Create(std::unique_ptr<Tokenizer>* tokenizer);

  // Replaces `tokens` with the tokens of `text`: ICU's word segmentation, refined by
  // words/refine.h unless `style` is WordStyle::kIcu.
  Status Tokenize(std::u16string_view text, WordStyle style, std::vector<Token>* tokens,
                  TokenKeys keys = TokenKeys::kAssign);

  // The same tokens without keys, as flat arrays: `bounds` gets every start then every end,
  // `kinds` every kind (both replaced).
  Status TokenizeSpans(std::u16string_view text, WordStyle style, std::vector<uint32_t>* bounds,
                       std::vector<uint8_t>* kinds);

  // The same tokens with their keys, each distinct key once (see precis::KeyedTokens).
  Status TokenizeKeyed(std::u16string_view text, WordStyle style, KeyedTokens* tokens);

  // ICU's word boundaries over `text`, each piece with its kind (keys left empty): the
  // segmentation that Tokenize refines. CJK runs go through CjkWordLattice, the rest through
  // ICU's word iterator; the result equals SegmentWithIcuOnly's.
  Status Segment(std::u16string_view text, std::vector<Token>* tokens);
  // The same from ICU's word iterator over the whole text: the reference Segment must match.
  Status SegmentWithIcuOnly(std::u16string_view text, std::vector<Token>* tokens);

  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

 private:
  explicit Tokenizer(std::unique_ptr<icu::BreakIterator> iterator)
      : iterator_(std::move(iterator)) {}
  // Appends the tokens of text[from, to), a stretch that starts and ends on word boundaries.
  Status SegmentWithIcu(std::u16string_view text, size_t from, size_t to, std::vector<words::Piece>* tokens);
  // Appends the tokens of text[from, to) without ICU's iterator and returns true when every
  // unit there stands alone or is part of a run of ASCII digits, ASCII letters or spaces that
  // cannot chain with another (what ICU would give); false, appending nothing, otherwise.
  bool SegmentSimply(std::u16string_view text, size_t from, size_t to, std::vector<words::Piece>* tokens);
  // Appends ICU's tokens of `text`, their offsets moved by `offset`.
  Status Iterate(std::u16string_view text, uint32_t offset, std::vector<words::Piece>* tokens);
  // Tokenize's pieces: segmented, then refined unless `style` is WordStyle::kIcu.
  Status TokenizePieces(std::u16string_view text, WordStyle style, std::vector<words::Piece>* pieces);
  // Segment's work, on keyless pieces (what refinement edits).
  Status SegmentPieces(std::u16string_view text, std::vector<words::Piece>* tokens);
  void ForgetText();

  std::unique_ptr<icu::BreakIterator> iterator_;
  UText stretch_text_ = UTEXT_INITIALIZER;
  CjkUnitClassCache unit_classes_;
  StatuslessKindCache statusless_kinds_;
  CjkWordLattice lattice_;
  std::vector<uint32_t> word_ends_;
};

// Sets every non-whitespace token's key to the normalized key of its text (text/normalize.h).
void AssignKeys(std::u16string_view text, std::vector<Token>* tokens);

// The kind of a token that ICU's word rules gave `rule_status` and that starts with `first`.
TokenKind ClassifyToken(int32_t rule_status, char32_t first);

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_TOKENS_H_
