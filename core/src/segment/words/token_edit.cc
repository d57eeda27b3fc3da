// One linear pass over pieces and spans together: pieces outside every span are copied,
// pieces inside a span are replaced by it, and straddling pieces are cut at its edges.
#include "segment/words/token_edit.h"

#include <algorithm>

namespace precis::segment::words {

std::vector<Piece> ToPieces(const std::vector<Token>& tokens) {
  std::vector<Piece> pieces(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) pieces[i] = {tokens[i].start, tokens[i].end, tokens[i].kind};
  return pieces;
}

void FromPieces(const std::vector<Piece>& pieces, std::vector<Token>* tokens) {
  tokens->resize(pieces.size());
  for (size_t i = 0; i < pieces.size(); ++i) {
    Token& token = (*tokens)[i];
    token.start = pieces[i].start;
    token.end = pieces[i].end;
    token.kind = pieces[i].kind;
    token.key.clear();
  }
}

void ForceSpans(const std::vector<ForcedSpan>& spans, std::vector<Piece>* pieces) {
  if (spans.empty()) return;
  std::vector<Piece> out;
  out.reserve(pieces->size() + 2 * spans.size());  // each span cuts at most two pieces
  size_t s = 0;
  for (const Piece& piece : *pieces) {
    // The common case first: a piece that ends before the next span starts is copied.
    if (s == spans.size() || piece.end <= spans[s].start) {
      out.push_back(piece);
      continue;
    }
    uint32_t position = piece.start;
    while (position < piece.end) {
      while (s < spans.size() && spans[s].end <= position) ++s;
      if (s < spans.size() && spans[s].start <= position) {
        // Inside a span: emit it when entering at its start, then skip what it covers.
        if (spans[s].start == position) out.push_back(spans[s]);
        position = std::min(spans[s].end, piece.end);
        continue;
      }
      uint32_t next = piece.end;
      if (s < spans.size() && spans[s].start < next) next = spans[s].start;
      out.push_back({position, next, piece.kind});
      position = next;
    }
  }
  pieces->swap(out);
}

}  // namespace precis::segment::words
