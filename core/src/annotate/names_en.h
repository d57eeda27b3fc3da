// Finds people, organizations and places in Latin-script text: runs of capitalized words
// classified by titles, speech verbs, organization suffixes and the gazetteer; acronyms
// that recur; confirmed names (and people's surnames) marked at every occurrence.
#ifndef PRECIS_ANNOTATE_NAMES_EN_H_
#define PRECIS_ANNOTATE_NAMES_EN_H_

#include <string_view>
#include <vector>

#include "precis/annotation.h"

namespace precis::annotate {

// Appends candidate annotations (they may overlap; the annotator resolves overlaps).
void FindEnglishNames(std::u16string_view text, std::vector<Annotation>* out);

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_NAMES_EN_H_
