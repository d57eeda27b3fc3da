// Only 化 for now: after a word of two or more characters it is (almost) always the suffix
// "-ize"; other candidates (者, 性) are cut differently by different standards.
#include "segment/words/suffixes.h"

#include "segment/words/token_edit.h"

namespace precis::segment::words {

void MergeSuffixes(std::u16string_view text, std::vector<Token>* tokens) {
  std::vector<ForcedSpan> spans;
  const std::vector<Token>& all = *tokens;
  for (size_t t = 0; t + 1 < all.size(); ++t) {
    const Token& stem = all[t];
    const Token& suffix = all[t + 1];
    if (stem.kind == TokenKind::kIdeographic && stem.end - stem.start >= 2 &&
        suffix.kind == TokenKind::kIdeographic && suffix.end - suffix.start == 1 &&
        text[suffix.start] == u'化') {
      spans.push_back({stem.start, suffix.end, TokenKind::kIdeographic});
      ++t;
    }
  }
  ForceSpans(spans, tokens);
}

}  // namespace precis::segment::words
