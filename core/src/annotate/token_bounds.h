// Token boundaries as a lookup table: the name finders accept a candidate only where the
// word segmentation agrees that a word starts or ends, so 格局 never yields the suffix 局.
#ifndef PRECIS_ANNOTATE_TOKEN_BOUNDS_H_
#define PRECIS_ANNOTATE_TOKEN_BOUNDS_H_

#include <cstdint>
#include <vector>

#include "precis/analysis.h"

namespace precis::annotate {

class TokenBounds {
 public:
  TokenBounds(const std::vector<Token>& tokens, size_t text_size);
  bool IsBoundary(size_t pos) const { return pos < boundary_.size() && boundary_[pos]; }
  // The index of the token holding code unit `pos`, or -1.
  int TokenAt(size_t pos) const { return pos < token_of_.size() ? token_of_[pos] : -1; }
  const std::vector<Token>& tokens() const { return *tokens_; }

 private:
  const std::vector<Token>* tokens_;
  std::vector<bool> boundary_;
  std::vector<int32_t> token_of_;
};

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_TOKEN_BOUNDS_H_
