// Finds quotations inside each paragraph: “…”, 「…」, 『…』, "…", ‘…’ and '…', the marks
// included in the span. Speakers are attached later (see speakers.h).
#ifndef PRECIS_ANNOTATE_QUOTATIONS_H_
#define PRECIS_ANNOTATE_QUOTATIONS_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"

namespace precis::annotate {

// Appends the outermost quotations of every paragraph, in text order, none overlapping.
void FindQuotations(std::u16string_view text, const std::vector<Paragraph>& paragraphs,
                    std::vector<Annotation>* out);

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_QUOTATIONS_H_
