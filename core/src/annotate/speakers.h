// Attaches a speaker to each quotation when one is named next to it: before it with a
// speech verb (黃仁勛表示：「…」, Huang said: "…"), or after it (「…」黃仁勛說, ”——英偉達CEO
// 黃仁勛, "…," said Huang, "…," Huang said); 他/她/he/she resolve to the last person before.
#ifndef PRECIS_ANNOTATE_SPEAKERS_H_
#define PRECIS_ANNOTATE_SPEAKERS_H_

#include <string_view>
#include <vector>

#include "precis/annotation.h"

namespace precis::annotate {

// `annotations` sorted by start; quotations get speaker_start, speaker_end and normalized.
void AttachSpeakers(std::u16string_view text, std::vector<Annotation>* annotations);

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_SPEAKERS_H_
