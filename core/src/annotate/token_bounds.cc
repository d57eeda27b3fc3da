// Builds the boundary and token-index tables once per analysis.
#include "annotate/token_bounds.h"

#include <algorithm>

namespace precis::annotate {

TokenBounds::TokenBounds(const std::vector<Token>& tokens, size_t text_size)
    : tokens_(&tokens), boundary_(text_size + 1, false) {
  boundary_[0] = true;
  boundary_[text_size] = true;
  for (size_t t = 0; t < tokens.size(); ++t) {
    const Token& token = tokens[t];
    if (token.end > text_size) break;
    boundary_[token.start] = true;
    boundary_[token.end] = true;
  }
}

int TokenBounds::TokenAt(size_t pos) const {
  const std::vector<Token>& tokens = *tokens_;
  auto it = std::upper_bound(tokens.begin(), tokens.end(), pos,
                             [](size_t p, const Token& t) { return p < t.start; });
  if (it == tokens.begin()) return -1;
  --it;
  return pos < it->end ? static_cast<int>(it - tokens.begin()) : -1;
}

}  // namespace precis::annotate
