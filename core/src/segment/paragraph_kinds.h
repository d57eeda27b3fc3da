// Tells what a paragraph is from its own text: a heading, an image or its placeholder, a
// list item, or running body text. Looks only at the span; never changes any offset.
#ifndef PRECIS_SEGMENT_PARAGRAPH_KINDS_H_
#define PRECIS_SEGMENT_PARAGRAPH_KINDS_H_

#include <cstdint>
#include <string_view>

#include "precis/analysis.h"

namespace precis::segment {

// `paragraph` is a trimmed, non-empty line (or run of soft-wrapped lines) of a text.
ParagraphKind ClassifyParagraph(std::u16string_view paragraph);

// The length in code units of a list marker (bullet or enumerator, with the space after it)
// opening `line`, or 0 when there is none: "- ", "• ", "1. ", "2) ", "一、", "(a) ", "①".
size_t ListMarkerLength(std::u16string_view line);

// Whether `line` opens with a section number: 第１章, 第三節 or 第2部 alone or before a space,
// or one to three digits and a space (01 行業巨頭發聲).
bool OpensWithSectionNumber(std::u16string_view line);

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_PARAGRAPH_KINDS_H_
