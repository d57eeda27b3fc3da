// One pass sums the vectors into a dense centroid; a second takes each sentence's dot product
// with it. Leaving the sentence itself out is arithmetic on the sums, never a second pass.
#include "rank/centroid.h"

#include <algorithm>
#include <cmath>

namespace precis::rank {

SentenceVectors BuildCentroidVectors(const DocumentTerms& doc) {
  // CJK text is compared by character bigrams alone (robust to segmentation errors); Latin
  // words count by their prior, scaled so that an uncommon word weighs as much as a bigram.
  constexpr double kLatinScale = 1.0 / 3;
  constexpr double kBigram = 1.0;
  SentenceVectors vectors;
  const size_t n = doc.sentence_token_begin.size();
  const auto first_bigram = static_cast<uint32_t>(doc.terms.size());
  vectors.offsets.reserve(n + 1);
  vectors.offsets.push_back(0);
  vectors.terms.reserve(doc.units.size());
  vectors.weights.reserve(doc.units.size());
  for (size_t s = 0; s < n; ++s) {
    for (uint32_t k = doc.sentence_unit_offsets[s]; k < doc.sentence_unit_offsets[s + 1]; ++k) {
      const uint32_t unit = doc.units[k];
      const bool bigram = unit >= first_bigram;
      const double idf = bigram                   ? kBigram
                         : doc.terms[unit].latin ? kLatinScale * doc.terms[unit].prior
                                                 : 0.0;
      const double weight = static_cast<double>(doc.unit_counts[k]) * idf;
      if (weight > 0) {
        vectors.terms.push_back(unit);
        vectors.weights.push_back(static_cast<float>(weight));
      }
    }
    vectors.offsets.push_back(static_cast<uint32_t>(vectors.terms.size()));
  }
  return vectors;
}

std::vector<double> CentroidSimilarity(const SentenceVectors& vectors, uint32_t unit_count,
                                       const std::vector<bool>& skip) {
  const size_t n = vectors.offsets.empty() ? 0 : vectors.offsets.size() - 1;
  std::vector<double> similarity(n, 0);
  std::vector<double> total(unit_count, 0);
  for (size_t s = 0; s < n; ++s) {
    if (s < skip.size() && skip[s]) continue;
    for (uint32_t k = vectors.offsets[s]; k < vectors.offsets[s + 1]; ++k) {
      total[vectors.terms[k]] += vectors.weights[k];
    }
  }
  double total_norm2 = 0;
  for (double w : total) total_norm2 += w * w;
  for (size_t s = 0; s < n; ++s) {
    double dot = 0, norm2 = 0;
    for (uint32_t k = vectors.offsets[s]; k < vectors.offsets[s + 1]; ++k) {
      const double w = vectors.weights[k];
      dot += w * total[vectors.terms[k]];
      norm2 += w * w;
    }
    if (norm2 <= 0) continue;
    const bool member = !(s < skip.size() && skip[s]);
    // The rest of the article: the centroid less this sentence when it is part of it.
    const double rest_dot = member ? dot - norm2 : dot;
    const double rest_norm2 = member ? total_norm2 - 2 * dot + norm2 : total_norm2;
    if (rest_norm2 <= 1e-12 || rest_dot <= 0) continue;
    similarity[s] = std::clamp(rest_dot / std::sqrt(norm2 * rest_norm2), 0.0, 1.0);
  }
  return similarity;
}

}  // namespace precis::rank
