// Counts for the whole text: characters, CJK characters, words, sentences, paragraphs and
// an estimated reading time.
#ifndef PRECIS_TEXT_STATS_H_
#define PRECIS_TEXT_STATS_H_

#include <string_view>

#include "precis/analysis.h"

namespace precis::text {

// Fills analysis->stats from the text and the segmentation already in `analysis`.
void ComputeStats(std::u16string_view text, Analysis* analysis);

}  // namespace precis::text

#endif  // PRECIS_TEXT_STATS_H_
