// Builds the boundary and token-index tables once per analysis.
#include "annotate/token_bounds.h"

namespace precis::annotate {

TokenBounds::TokenBounds(const std::vector<Token>& tokens, size_t text_size)
    : tokens_(&tokens), boundary_(text_size + 1, false), token_of_(text_size, -1) {
  boundary_[0] = true;
  boundary_[text_size] = true;
  for (size_t t = 0; t < tokens.size(); ++t) {
    const Token& token = tokens[t];
    if (token.end > text_size) break;
    boundary_[token.start] = true;
    boundary_[token.end] = true;
    for (uint32_t i = token.start; i < token.end; ++i) token_of_[i] = static_cast<int32_t>(t);
  }
}

}  // namespace precis::annotate
