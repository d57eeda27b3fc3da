// Editing a tiling of tokens without breaking it: merging runs of tokens into one and
// forcing a span to be a single token, splitting the tokens its edges fall inside.
#ifndef PRECIS_SEGMENT_WORDS_TOKEN_EDIT_H_
#define PRECIS_SEGMENT_WORDS_TOKEN_EDIT_H_

#include <vector>

#include "precis/analysis.h"

namespace precis::segment::words {

// A span that should become one token of `kind`.
struct ForcedSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kOther;
};

// Makes each span (sorted by start, non-overlapping, inside the tiled range) a single token.
// A token that straddles a span's edge is cut there; its pieces keep its kind.
void ForceSpans(const std::vector<ForcedSpan>& spans, std::vector<Token>* tokens);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_TOKEN_EDIT_H_
