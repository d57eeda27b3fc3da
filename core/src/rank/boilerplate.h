// Boilerplate in Chinese and English: disclaimers, copyright notices, calls to subscribe,
// follow, share or join a group, ads and credit lines. Detected so that it is never summarized.
#ifndef PRECIS_RANK_BOILERPLATE_H_
#define PRECIS_RANK_BOILERPLATE_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"

namespace precis::rank {

enum class BoilerplateKind { kNone, kCall, kNotice };

// The boilerplate kind of one sentence on its own. A notice (disclaimer, copyright) is
// certain; a call (subscribe, follow, share, ad) only counts in a short sentence.
BoilerplateKind DetectBoilerplate(std::u16string_view sentence);

// Per sentence of `analysis`: true when it is boilerplate. Beyond single sentences, a notice
// in the last third of the article makes the rest of it a footer.
std::vector<bool> MarkBoilerplate(std::u16string_view text, const Analysis& analysis);

}  // namespace precis::rank

#endif  // PRECIS_RANK_BOILERPLATE_H_
