// Finds people, organizations and places in Chinese text: people by surname plus title,
// speech verb or honorific; organizations by suffix or by a corporate title that follows
// them; places by gazetteer and 市/縣/省 suffixes. Confirmed names are marked at every
// occurrence (recurrence).
#ifndef PRECIS_ANNOTATE_NAMES_ZH_H_
#define PRECIS_ANNOTATE_NAMES_ZH_H_

#include <string_view>
#include <vector>

#include "annotate/token_bounds.h"
#include "precis/annotation.h"

namespace precis::annotate {

// Appends candidate annotations (they may overlap; the annotator resolves overlaps).
void FindChineseNames(std::u16string_view text, const TokenBounds& bounds, std::vector<Annotation>* out);

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_NAMES_ZH_H_
