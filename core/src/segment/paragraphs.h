// Splits a text into paragraphs at blank lines and line breaks, keeps lines that were only
// wrapped mid-sentence together, and tells each paragraph's kind (body, heading, image, list).
#ifndef PRECIS_SEGMENT_PARAGRAPHS_H_
#define PRECIS_SEGMENT_PARAGRAPHS_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"

namespace precis::segment {

std::vector<Paragraph> SplitParagraphs(std::u16string_view text);

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_PARAGRAPHS_H_
