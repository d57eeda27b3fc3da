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

namespace {

// Whether every span starts and ends where a piece does: then forcing only joins pieces.
bool OnPieceEdges(const std::vector<ForcedSpan>& spans, const std::vector<Piece>& pieces) {
  size_t p = 0;
  for (const ForcedSpan& span : spans) {
    while (p < pieces.size() && pieces[p].start < span.start) ++p;
    if (p == pieces.size() || pieces[p].start != span.start) return false;
    while (p < pieces.size() && pieces[p].end < span.end) ++p;
    if (p == pieces.size() || pieces[p].end != span.end) return false;
  }
  return true;
}

// Joins in place: each span replaces the pieces it covers, which are at least one.
void JoinInPlace(const std::vector<ForcedSpan>& spans, std::vector<Piece>* pieces) {
  std::vector<Piece>& all = *pieces;
  size_t write = 0;
  size_t s = 0;
  for (size_t read = 0; read < all.size();) {
    if (s < spans.size() && all[read].start == spans[s].start) {
      all[write++] = spans[s];
      while (read < all.size() && all[read].end <= spans[s].end) ++read;
      ++s;
    } else {
      all[write++] = all[read++];
    }
  }
  all.resize(write);
}

}  // namespace

void ForceSpans(const std::vector<ForcedSpan>& spans, std::vector<Piece>* pieces) {
  if (spans.empty()) return;
  if (OnPieceEdges(spans, *pieces)) return JoinInPlace(spans, pieces);
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
