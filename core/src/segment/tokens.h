// Tokens that tile the whole text: ICU's word BreakIterator (UAX #29 plus the CJK
// dictionary), each piece classified by its rule status and first code point.
#ifndef PRECIS_SEGMENT_TOKENS_H_
#define PRECIS_SEGMENT_TOKENS_H_

#include <memory>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

#include "precis/analysis.h"
#include "precis/analyzer.h"
#include "precis/status.h"

namespace precis::segment {

class Tokenizer {
 public:
  static Status Create(std::unique_ptr<Tokenizer>* tokenizer);

  // Replaces `tokens` with the tokens of `text`: ICU's word segmentation, refined by
  // words/refine.h unless `style` is WordStyle::kIcu.
  Status Tokenize(std::u16string_view text, WordStyle style, std::vector<Token>* tokens);

 private:
  explicit Tokenizer(std::unique_ptr<icu::BreakIterator> iterator)
      : iterator_(std::move(iterator)) {}
  // ICU's word boundaries over `text`, each piece with its kind.
  Status Segment(std::u16string_view text, std::vector<Token>* tokens);

  std::unique_ptr<icu::BreakIterator> iterator_;
};

// Sets every non-whitespace token's key to the normalized key of its text (text/normalize.h).
void AssignKeys(std::u16string_view text, std::vector<Token>* tokens);

// The kind of a token that ICU's word rules gave `rule_status` and that starts with `first`.
TokenKind ClassifyToken(int32_t rule_status, char32_t first);

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_TOKENS_H_
