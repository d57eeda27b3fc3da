// One linear pass over tokens and spans together: tokens outside every span are copied,
// tokens inside a span are replaced by it, and straddling tokens are cut at its edges.
#include "segment/words/token_edit.h"

#include <algorithm>

namespace precis::segment::words {

void ForceSpans(const std::vector<ForcedSpan>& spans, std::vector<Token>* tokens) {
  if (spans.empty()) return;
  std::vector<Token> out;
  out.reserve(tokens->size());
  size_t s = 0;
  for (const Token& token : *tokens) {
    uint32_t position = token.start;
    while (position < token.end) {
      while (s < spans.size() && spans[s].end <= position) ++s;
      if (s < spans.size() && spans[s].start <= position) {
        // Inside a span: emit it when entering at its start, then skip what it covers.
        if (spans[s].start == position) out.push_back({spans[s].start, spans[s].end, spans[s].kind});
        position = std::min(spans[s].end, token.end);
        continue;
      }
      uint32_t next = token.end;
      if (s < spans.size() && spans[s].start < next) next = spans[s].start;
      out.push_back({position, next, token.kind});
      position = next;
    }
  }
  tokens->swap(out);
}

}  // namespace precis::segment::words
