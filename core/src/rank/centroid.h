// Centroid similarity (MEAD-style): how close each sentence is to the rest of the article,
// the cosine between its vector and the sum of the others'. Linear in the article's size.
#ifndef PRECIS_RANK_CENTROID_H_
#define PRECIS_RANK_CENTROID_H_

#include <vector>

#include "precis/analysis.h"
#include "rank/terms.h"

namespace precis::rank {

// Vectors for the centroid, not normalized (the centroid is the article's own term
// distribution, where a long sentence weighs more): CJK character bigrams by frequency
// (ids from doc.terms.size()), Latin terms by frequency times their background prior. No
// in-article document frequency: it would discount exactly the units that run through the
// article, which are what the centroid looks for.
SentenceVectors BuildCentroidVectors(const DocumentTerms& doc);

// Per sentence, the cosine in [0, 1] between its vector and the sum of the vectors of the
// other sentences not in `skip` (sentences in `skip` are measured against all of
// those but add nothing to the sum). `unit_count` is the size of the vectors' id space.
std::vector<double> CentroidSimilarity(const SentenceVectors& vectors, uint32_t unit_count,
                                       const std::vector<bool>& skip);

}  // namespace precis::rank

#endif  // PRECIS_RANK_CENTROID_H_
