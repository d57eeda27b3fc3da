// Sentence vectors and the sparse similarity graph between sentences: TF-IDF cosine through
// an inverted index with capped postings, so the cost stays near-linear in the article's length.
#ifndef PRECIS_RANK_SIMILARITY_GRAPH_H_
#define PRECIS_RANK_SIMILARITY_GRAPH_H_

#include <cstdint>
#include <vector>

#include "precis/analysis.h"
#include "rank/terms.h"

namespace precis::rank {

// Unit-length TF-IDF vectors, terms sorted by id within each sentence: the terms, then CJK
// character bigrams (ids from doc.terms.size()). The IDF blends the in-article document
// frequency with the background prior (short articles say little).
SentenceVectors BuildSentenceVectors(const DocumentTerms& doc);

// Cosine of two sentences' unit vectors (a merge over their sorted terms).
double Cosine(const SentenceVectors& vectors, uint32_t a, uint32_t b);

struct SimilarityGraph {
  // Edges of sentence i: [offsets[i], offsets[i+1]) into neighbors/weights, symmetric.
  std::vector<uint32_t> offsets;
  std::vector<uint32_t> neighbors;
  std::vector<float> weights;
};

// Edges between sentences whose cosine reaches `threshold`. Each term visits at most
// `posting_window` sentences on either side of the current one in its posting list, and
// each sentence keeps at most `max_neighbors` edges (its strongest).
// `unit_count`: terms plus bigrams, the size of the vectors' id space.
SimilarityGraph BuildSimilarityGraph(const SentenceVectors& vectors, uint32_t unit_count,
                                     double threshold = 0.1, uint32_t posting_window = 16,
                                     uint32_t max_neighbors = 20);

// Continuous LexRank: PageRank with damping over the row-normalized weighted graph.
// Scaled so that the mean is 1; sentences in `skip` take no part (they keep 0).
std::vector<double> LexRank(const SimilarityGraph& graph, const std::vector<bool>& skip,
                            double damping = 0.85);

}  // namespace precis::rank

#endif  // PRECIS_RANK_SIMILARITY_GRAPH_H_
