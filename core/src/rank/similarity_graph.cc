// Sparse graph construction: for each sentence, dot products accumulate over the postings
// of its terms near it (a dense scratch row with a touched list), never over all pairs.
#include "rank/similarity_graph.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace precis::rank {

SentenceVectors BuildSentenceVectors(const DocumentTerms& doc) {
  SentenceVectors vectors;
  const size_t n = doc.sentence_token_begin.size();
  const double log_n = std::log(1.0 + static_cast<double>(n));
  // Few sentences give too little evidence for a document frequency; lean on the prior.
  const double trust = std::min(1.0, log_n / std::log(1.0 + 30.0));
  // log(1 + n / df) for each document frequency df, computed once per distinct df (at most
  // n of them, against one per term and bigram).
  std::vector<double> in_article_by_df(n + 1, 0);
  std::vector<bool> known_df(n + 1, false);
  auto in_article_for = [&](uint32_t df) {
    if (df >= known_df.size()) return std::log(1.0 + static_cast<double>(n) / df);
    if (!known_df[df]) {
      known_df[df] = true;
      in_article_by_df[df] = std::log(1.0 + static_cast<double>(n) / df);
    }
    return in_article_by_df[df];
  };
  std::vector<double> idf(doc.terms.size());
  for (size_t t = 0; t < doc.terms.size(); ++t) {
    const TermInfo& term = doc.terms[t];
    const double in_article = in_article_for(term.sentences);
    idf[t] = trust * in_article + (1 - trust) * 0.5 * term.prior + 0.1 * term.prior;
  }
  // Bigram ids follow the term ids. A bigram says less than a word: half its weight.
  for (uint32_t count : doc.bigram_sentences) {
    const double in_article = in_article_for(count);
    idf.push_back(1.0 * (trust * in_article + (1 - trust) * 1.0 + 0.2));
  }
  vectors.offsets.reserve(n + 1);
  vectors.offsets.push_back(0);
  vectors.terms.reserve(doc.units.size());
  vectors.weights.reserve(doc.units.size());
  for (size_t s = 0; s < n; ++s) {
    double norm = 0;
    const size_t first = vectors.terms.size();
    for (uint32_t k = doc.sentence_unit_offsets[s]; k < doc.sentence_unit_offsets[s + 1]; ++k) {
      const uint32_t count = doc.unit_counts[k];
      // log(1) is 0 exactly: a term seen once skips the call.
      const double weight = (count == 1 ? 1.0 : 1.0 + std::log(static_cast<double>(count))) * idf[doc.units[k]];
      vectors.terms.push_back(doc.units[k]);
      vectors.weights.push_back(static_cast<float>(weight));
      norm += weight * weight;
    }
    if (norm > 0) {
      const double scale = 1.0 / std::sqrt(norm);
      for (size_t i = first; i < vectors.weights.size(); ++i) vectors.weights[i] *= static_cast<float>(scale);
    }
    vectors.offsets.push_back(static_cast<uint32_t>(vectors.terms.size()));
  }
  return vectors;
}

double Cosine(const SentenceVectors& vectors, uint32_t a, uint32_t b) {
  uint32_t i = vectors.offsets[a], i_end = vectors.offsets[a + 1];
  uint32_t j = vectors.offsets[b], j_end = vectors.offsets[b + 1];
  double dot = 0;
  while (i < i_end && j < j_end) {
    if (vectors.terms[i] < vectors.terms[j]) {
      ++i;
    } else if (vectors.terms[i] > vectors.terms[j]) {
      ++j;
    } else {
      dot += static_cast<double>(vectors.weights[i++]) * vectors.weights[j++];
    }
  }
  return dot;
}

SimilarityGraph BuildSimilarityGraph(const SentenceVectors& vectors, uint32_t unit_count,
                                     double threshold, uint32_t posting_window,
                                     uint32_t max_neighbors) {
  const uint32_t n = vectors.offsets.empty() ? 0 : static_cast<uint32_t>(vectors.offsets.size() - 1);
  // Inverted index: postings of each term in sentence order, and where each sentence's
  // entry sits in them (so a sentence finds its neighbors in a posting list at once).
  std::vector<uint32_t> posting_offsets(unit_count + 1, 0);
  for (uint32_t term : vectors.terms) ++posting_offsets[term + 1];
  for (uint32_t t = 0; t < unit_count; ++t) posting_offsets[t + 1] += posting_offsets[t];
  std::vector<uint32_t> postings(vectors.terms.size());
  std::vector<float> posting_weights(vectors.terms.size());
  std::vector<uint32_t> position_in_posting(vectors.terms.size());
  {
    std::vector<uint32_t> fill(posting_offsets.begin(), posting_offsets.end() - 1);
    for (uint32_t s = 0; s < n; ++s) {
      for (uint32_t k = vectors.offsets[s]; k < vectors.offsets[s + 1]; ++k) {
        const uint32_t term = vectors.terms[k];
        position_in_posting[k] = fill[term];
        postings[fill[term]] = s;
        posting_weights[fill[term]++] = vectors.weights[k];
      }
    }
  }

  std::vector<double> dots(n, 0);
  std::vector<uint32_t> touched;
  std::vector<std::vector<std::pair<float, uint32_t>>> edges(n);
  for (uint32_t s = 0; s < n; ++s) {
    touched.clear();
    for (uint32_t k = vectors.offsets[s]; k < vectors.offsets[s + 1]; ++k) {
      const uint32_t term = vectors.terms[k];
      const uint32_t lo = std::max(posting_offsets[term],
                                   position_in_posting[k] > posting_window
                                       ? position_in_posting[k] - posting_window
                                       : 0u);
      const uint32_t hi = std::min(posting_offsets[term + 1], position_in_posting[k] + posting_window + 1);
      for (uint32_t p = lo; p < hi; ++p) {
        const uint32_t other = postings[p];
        if (other <= s) continue;  // each pair once, from its earlier sentence
        if (dots[other] == 0) touched.push_back(other);
        dots[other] += static_cast<double>(vectors.weights[k]) * posting_weights[p];
      }
    }
    for (uint32_t other : touched) {
      if (dots[other] >= threshold) {
        edges[s].push_back({static_cast<float>(dots[other]), other});
        edges[other].push_back({static_cast<float>(dots[other]), s});
      }
      dots[other] = 0;
    }
  }

  SimilarityGraph graph;
  graph.offsets.reserve(n + 1);
  graph.offsets.push_back(0);
  for (uint32_t s = 0; s < n; ++s) {
    auto& list = edges[s];
    if (list.size() > max_neighbors) {
      std::nth_element(list.begin(), list.begin() + max_neighbors, list.end(),
                       [](const auto& a, const auto& b) { return a.first > b.first; });
      list.resize(max_neighbors);
    }
    for (const auto& [weight, other] : list) {
      graph.neighbors.push_back(other);
      graph.weights.push_back(weight);
    }
    graph.offsets.push_back(static_cast<uint32_t>(graph.neighbors.size()));
    std::vector<std::pair<float, uint32_t>>().swap(list);
  }
  return graph;
}

std::vector<double> LexRank(const SimilarityGraph& graph, const std::vector<bool>& skip_bits, double damping) {
  const size_t n = graph.offsets.empty() ? 0 : graph.offsets.size() - 1;
  std::vector<double> rank(n, 0);
  const std::vector<uint8_t> skip(skip_bits.begin(), skip_bits.end());  // bytes read faster than bits
  size_t active = 0;
  for (size_t i = 0; i < n; ++i) active += skip[i] ? 0 : 1;
  if (active == 0) return rank;
  // Each active sentence's edges to active neighbors, with weights divided by its out-weight
  // (row normalization), gathered once so the iterations only multiply and add.
  std::vector<uint32_t> offsets(n + 1, 0);
  std::vector<uint32_t> targets;
  std::vector<double> shares;
  targets.reserve(graph.neighbors.size());
  shares.reserve(graph.neighbors.size());
  std::vector<uint8_t> dangling(n, 0);
  for (size_t i = 0; i < n; ++i) {
    double out = 0;
    if (!skip[i]) {
      for (uint32_t e = graph.offsets[i]; e < graph.offsets[i + 1]; ++e) {
        if (!skip[graph.neighbors[e]]) out += graph.weights[e];
      }
      for (uint32_t e = graph.offsets[i]; e < graph.offsets[i + 1] && out > 0; ++e) {
        if (skip[graph.neighbors[e]]) continue;
        targets.push_back(graph.neighbors[e]);
        shares.push_back(graph.weights[e] / out);
      }
      dangling[i] = out == 0;
    }
    offsets[i + 1] = static_cast<uint32_t>(targets.size());
  }
  for (size_t i = 0; i < n; ++i) rank[i] = skip[i] ? 0 : 1.0 / active;
  std::vector<double> next(n);
  for (int iteration = 0; iteration < 60; ++iteration) {
    double dangling_mass = 0;
    for (size_t i = 0; i < n; ++i) dangling_mass += dangling[i] ? rank[i] : 0;
    const double base = ((1 - damping) + damping * dangling_mass) / active;
    for (size_t i = 0; i < n; ++i) next[i] = skip[i] ? 0 : base;
    for (size_t i = 0; i < n; ++i) {
      const double mass = damping * rank[i];
      for (uint32_t e = offsets[i]; e < offsets[i + 1]; ++e) next[targets[e]] += mass * shares[e];
    }
    double change = 0;
    for (size_t i = 0; i < n; ++i) change += std::fabs(next[i] - rank[i]);
    rank.swap(next);
    if (change < 1e-5) break;  // L1 change of a distribution: below any visible effect
  }
  for (double& r : rank) r *= static_cast<double>(active);
  return rank;
}

}  // namespace precis::rank
