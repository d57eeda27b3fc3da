// The page's one highlight list: key sentences, keyphrase occurrences, quotations and
// entities as layers; sorted by start then layer, never overlapping within a layer.
#ifndef PRECIS_ANNOTATE_HIGHLIGHTS_H_
#define PRECIS_ANNOTATE_HIGHLIGHTS_H_

#include <cstdint>
#include <vector>

#include "precis/analysis.h"

namespace precis::annotate {

// A span that some ranking stage scored: a key sentence (rank 0 is the best) or a
// keyphrase occurrence (rank -1).
struct RankedSpan {
  uint32_t start = 0;
  uint32_t end = 0;
  float score = 0;  // in [0, 1]
  int32_t rank = -1;
};

// Builds the list from the annotations and whatever ranked layers exist (they may be empty).
std::vector<Highlight> BuildHighlights(const std::vector<Annotation>& annotations,
                                       const std::vector<RankedSpan>& key_sentences,
                                       const std::vector<RankedSpan>& keyphrases);

// The fixed weight of an annotation in the highlight list.
float AnnotationScore(const Annotation& annotation);

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_HIGHLIGHTS_H_
