// Editing a tiling of tokens without breaking it: merging runs of tokens into one and
// forcing a span to be a single token, splitting the tokens its edges fall inside.
#ifndef PRECIS_SEGMENT_WORDS_TOKEN_EDIT_H_
#define PRECIS_SEGMENT_WORDS_TOKEN_EDIT_H_

#include <vector>

#include "precis/analysis.h"

namespace precis::segment::words {

// A token without its key, as the refinement steps edit them: 12 trivially copyable bytes,
// so that rebuilding the tiling of a megabyte of text costs a few memory copies and no
// string constructions (keys are assigned after refinement).
struct Piece {
  uint32_t start = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kOther;
};

// A span that should become one token of `kind`.
using ForcedSpan = Piece;

// The pieces of `tokens` (their keys dropped), and back: `tokens` replaced by `pieces`,
// every key empty.
std::vector<Piece> ToPieces(const std::vector<Token>& tokens);
void FromPieces(const std::vector<Piece>& pieces, std::vector<Token>* tokens);

// Makes each span (sorted by start, non-overlapping, inside the tiled range) a single piece.
// A piece that straddles a span's edge is cut there; its parts keep its kind.
void ForceSpans(const std::vector<ForcedSpan>& spans, std::vector<Piece>* pieces);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_TOKEN_EDIT_H_
