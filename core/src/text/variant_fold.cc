// Traditional→Simplified folding of single characters, from a table generated once by
// scripts/gen/hant-hans-table.js out of ICU's Hant-Hans transliterator (compiled in, ~23 KB).
#include <algorithm>
#include <iterator>

#include "text/normalize.h"

namespace precis::text {
namespace {

struct Fold {
  char32_t from;
  char32_t to;
};

constexpr Fold kFolds[] = {
#include "text/hant_hans_table.inc"
};

}  // namespace

char32_t FoldTraditional(char32_t c) {
  // Every fold starts in a Han block; this keeps Latin and kana away from the search.
  if (c < kFolds[0].from) return c;
  const Fold* end = std::end(kFolds);
  const Fold* it = std::lower_bound(std::begin(kFolds), end, c,
                                    [](const Fold& fold, char32_t key) { return fold.from < key; });
  return it != end && it->from == c ? it->to : c;
}

}  // namespace precis::text
