// Traditional→Simplified folding of single characters, from a table generated once by
// scripts/gen/hant-hans-table.js out of ICU's Hant-Hans transliterator (compiled in, ~23 KB).
#include <algorithm>
#include <iterator>
#include <vector>

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

// A dense table over the BMP span that the folds cover answers with one load instead of a
// binary search, which matters because every Han character of every key comes through here.
// Folds from or to a supplementary character (none today) are left to the search.
constexpr char16_t kSearch = 1;  // no fold targets U+0001

struct DenseFolds {
  char32_t first = 0;
  char32_t last = 0;
  // to[c - first]: the fold of c, 0 when c has none, kSearch when it folds out of the BMP.
  std::vector<char16_t> to;
};

const DenseFolds& Dense() {
  static const DenseFolds* dense = [] {
    auto* table = new DenseFolds();
    table->first = kFolds[0].from;
    for (const Fold& fold : kFolds) {
      if (fold.from <= 0xFFFF) table->last = std::max(table->last, fold.from);
    }
    table->to.assign(table->last - table->first + 1, 0);
    for (const Fold& fold : kFolds) {
      if (fold.from > 0xFFFF) continue;
      table->to[fold.from - table->first] = fold.to > 0xFFFF ? kSearch : static_cast<char16_t>(fold.to);
    }
    return table;
  }();
  return *dense;
}

char32_t SearchFolds(char32_t c) {
  const Fold* end = std::end(kFolds);
  const Fold* it = std::lower_bound(std::begin(kFolds), end, c,
                                    [](const Fold& fold, char32_t key) { return fold.from < key; });
  return it != end && it->from == c ? it->to : c;
}

}  // namespace

TraditionalFolder::TraditionalFolder() {
  const DenseFolds& dense = Dense();
  first_ = dense.first;
  size_ = dense.last - dense.first + 1;
  to_ = dense.to.data();
}

char32_t FoldTraditional(char32_t c) {
  // Every fold starts in a Han block; this keeps Latin and kana away from the table.
  if (c < kFolds[0].from) return c;
  if (c > 0xFFFF) return SearchFolds(c);
  const DenseFolds& dense = Dense();
  if (c > dense.last) return c;
  const char16_t to = dense.to[c - dense.first];
  if (to == kSearch) return SearchFolds(c);
  return to != 0 ? to : c;
}

}  // namespace precis::text
