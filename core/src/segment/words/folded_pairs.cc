// ICU's dictionary holds many words in both scripts, but not all: a Traditional spelling it
// lacks is cut into characters. Looking the pair up folded recovers it without folding the
// whole text, which measured worse (docs/ARCHITECTURE.md, Words).
#include "segment/words/folded_pairs.h"

#include "lexicon/cjk_dictionary.h"
#include "lexicon/stop_words.h"
#include "text/normalize.h"
#include "text/utf16.h"

namespace precis::segment::words {
namespace {

bool IsLoneIdeograph(std::u16string_view text, const Piece& piece) {
  return piece.kind == TokenKind::kIdeographic && piece.end == piece.start + 1 &&
         text::IsUnifiedIdeograph(text[piece.start]);
}

}  // namespace

void MergeFoldedPairs(std::u16string_view text, std::vector<Piece>* tokens) {
  std::vector<ForcedSpan> spans;
  const std::vector<Piece>& all = *tokens;
  for (size_t t = 0; t + 1 < all.size(); ++t) {
    const Piece& first = all[t];
    const Piece& second = all[t + 1];
    if (!IsLoneIdeograph(text, first) || !IsLoneIdeograph(text, second)) continue;
    const std::u16string_view pair = text.substr(first.start, 2);
    const char32_t first_folded = text::FoldTraditional(pair[0]);
    const char32_t second_folded = text::FoldTraditional(pair[1]);
    if (first_folded >= 0x10000 || second_folded >= 0x10000) continue;
    const char16_t folded_units[2] = {static_cast<char16_t>(first_folded),
                                      static_cast<char16_t>(second_folded)};
    const std::u16string_view folded(folded_units, 2);
    if (folded == pair || lexicon::CjkWordCost(folded) < 0 || lexicon::CjkWordCost(pair) >= 0) {
      continue;
    }
    if (lexicon::IsStopWord(folded.substr(0, 1)) || lexicon::IsStopWord(folded.substr(1, 1))) {
      continue;
    }
    spans.push_back({first.start, second.end, TokenKind::kIdeographic});
    ++t;
  }
  ForceSpans(spans, tokens);
}

}  // namespace precis::segment::words
