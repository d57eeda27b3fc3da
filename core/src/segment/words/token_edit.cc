// One linear pass over pieces and spans together: pieces outside every span are copied,
// pieces inside a span are replaced by it, and straddling pieces are cut at its edges.
#include "segment/words/token_edit.h"

#include <algorithm>
#include <cstdint>

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

// Joins in place: each span replaces the pieces it covers, which are at least one; the pieces
// between spans move down in blocks (not at all before the first span).
void JoinInPlace(const std::vector<ForcedSpan>& spans, std::vector<Piece>* pieces) {
  std::vector<Piece>& all = *pieces;
  size_t write = 0;
  size_t read = 0;
  for (const ForcedSpan& span : spans) {
    size_t first = read;  // the first piece of the span
    while (all[first].start < span.start) ++first;
    if (write != read) std::copy(all.begin() + read, all.begin() + first, all.begin() + write);
    write += first - read;
    all[write++] = span;
    for (read = first; read < all.size() && all[read].end <= span.end;) ++read;
  }
  if (write != read) std::copy(all.begin() + read, all.end(), all.begin() + write);
  write += all.size() - read;
  all.resize(write);
}

}  // namespace

void ForceSpans(const std::vector<ForcedSpan>& spans, std::vector<Piece>* pieces) {
  if (spans.empty()) return;
  if (OnPieceEdges(spans, *pieces)) return JoinInPlace(spans, pieces);
  std::vector<Piece> out;
  out.reserve(pieces->size() + 2 * spans.size());  // each span cuts at most two pieces
  const std::vector<Piece>& in = *pieces;
  size_t s = 0;
  for (size_t p = 0; p < in.size();) {
    // The common case first: the pieces that end before the next span starts are copied
    // together.
    const uint32_t next_start = s < spans.size() ? spans[s].start : UINT32_MAX;
    size_t q = p;
    while (q < in.size() && in[q].end <= next_start) ++q;
    if (q > p) {
      out.insert(out.end(), in.begin() + p, in.begin() + q);
      p = q;
      continue;
    }
    const Piece& piece = in[p++];
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
