// The annotation stage: runs the finders (quantities, dates, quotations, names), keeps
// non-overlapping entities, attaches speakers to quotations and sorts the result.
#ifndef PRECIS_ANNOTATE_ANNOTATOR_H_
#define PRECIS_ANNOTATE_ANNOTATOR_H_

#include <string_view>

#include "precis/analysis.h"

namespace precis::annotate {

// Fills analysis->annotations from the text, its paragraphs and its tokens.
void Annotate(std::u16string_view text, Analysis* analysis);

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_ANNOTATOR_H_
