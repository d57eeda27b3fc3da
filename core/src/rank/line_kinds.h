// What each paragraph (line) is, as far as summarizing cares: body text, a heading or an
// image line, from the segmenter's paragraph kinds and checks of our own on top.
#ifndef PRECIS_RANK_LINE_KINDS_H_
#define PRECIS_RANK_LINE_KINDS_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"

namespace precis::rank {

enum class LineKind { kBody, kHeading, kImage };

// One kind per paragraph of `analysis`.
std::vector<LineKind> ClassifyLines(std::u16string_view text, const Analysis& analysis);

}  // namespace precis::rank

#endif  // PRECIS_RANK_LINE_KINDS_H_
