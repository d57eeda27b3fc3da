// Sparse TF-IDF vectors, cosine, the capped inverted-index graph and LexRank.
#include "rank/similarity_graph.h"

#include <cmath>

#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::rank {
namespace {

TEST(SimilarityGraph, VectorsAreUnitLengthAndIdenticalSentencesHaveCosineOne) {
  const std::u16string text = testing::U16(
      "Solar panels power the library. Solar panels power the library. Readers like the books.");
  const Analysis analysis = testing::AnalyzeOrDie(text);
  const SentenceVectors& v = analysis.sentence_vectors;
  ASSERT_EQ(v.offsets.size(), 4u);
  for (uint32_t s = 0; s < 3; ++s) EXPECT_NEAR(Cosine(v, s, s), 1.0, 1e-5);
  EXPECT_NEAR(Cosine(v, 0, 1), 1.0, 1e-5);
  EXPECT_NEAR(Cosine(v, 0, 2), 0.0, 1e-6);
}

TEST(SimilarityGraph, LinksSimilarSentencesOnlyAndRanksTheSharedOneHighest) {
  // Sentence 1 shares words with 0 and 2; 3 shares nothing.
  const std::u16string text = testing::U16(
      "The river was cleaned. The river cleanup brought birds back to the park. "
      "Birds now nest in the park. Taxes rose sharply.");
  const Analysis analysis = testing::AnalyzeOrDie(text);
  const DocumentTerms doc = ExtractTerms(text, analysis);
  const SimilarityGraph graph = BuildSimilarityGraph(
      analysis.sentence_vectors, static_cast<uint32_t>(doc.terms.size() + doc.bigram_sentences.size()));
  EXPECT_EQ(graph.offsets[4] - graph.offsets[3], 0u);
  const std::vector<double> rank = LexRank(graph, std::vector<bool>(4, false));
  EXPECT_GT(rank[1], rank[0]);
  EXPECT_GT(rank[1], rank[2]);
  EXPECT_GT(rank[1], rank[3]);
}

TEST(SimilarityGraph, KeepsAtMostTheStrongestNeighbors) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "Ferries run on batteries in the harbor every day. ";
  const std::u16string u = testing::U16(text);
  const Analysis analysis = testing::AnalyzeOrDie(u);
  const DocumentTerms doc = ExtractTerms(u, analysis);
  const SimilarityGraph graph = BuildSimilarityGraph(
      analysis.sentence_vectors, static_cast<uint32_t>(doc.terms.size() + doc.bigram_sentences.size()),
      0.1, 64, 8);
  for (size_t s = 0; s + 1 < graph.offsets.size(); ++s) EXPECT_LE(graph.offsets[s + 1] - graph.offsets[s], 16u);
}

}  // namespace
}  // namespace precis::rank
