// Splits a text into paragraphs: each non-blank line is one, trimmed of surrounding space.
#ifndef PRECIS_SEGMENT_PARAGRAPHS_H_
#define PRECIS_SEGMENT_PARAGRAPHS_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"

namespace precis::segment {

std::vector<Paragraph> SplitParagraphs(std::u16string_view text);

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_PARAGRAPHS_H_
