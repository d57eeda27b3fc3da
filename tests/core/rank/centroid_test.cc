// Centroid similarity: a sentence that shares the post's running units beats an aside, CJK
// text is compared by character bigrams, and skipped sentences add nothing to the centroid.
#include "rank/centroid.h"

#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::rank {
namespace {

std::vector<double> Similarity(const std::u16string& text, const std::vector<bool>& skip) {
  const Analysis analysis = testing::AnalyzeOrDie(text);
  const DocumentTerms doc = ExtractTerms(text, analysis);
  return CentroidSimilarity(BuildCentroidVectors(doc),
                            static_cast<uint32_t>(doc.terms.size() + doc.bigram_sentences.size()), skip);
}

TEST(CentroidSimilarity, TheSentenceSharingTheRunningTermsIsClosest) {
  const std::u16string text = testing::U16(
      "Electric ferries cross the harbor. The harbor ferries charge at the pier overnight. "
      "Pier workers check the ferries each morning. A bakery opened downtown.");
  const std::vector<double> s = Similarity(text, std::vector<bool>(4, false));
  ASSERT_EQ(s.size(), 4u);
  EXPECT_GT(s[1], s[0]);
  EXPECT_GT(s[1], s[3]);
  EXPECT_EQ(s[3], 0.0);
  for (double v : s) EXPECT_LE(v, 1.0);
}

TEST(CentroidSimilarity, ComparesChineseByCharacterBigrams) {
  // 渡輪 and 電池 run through the first three sentences, however the segmenter cuts them.
  const std::u16string text = testing::U16(
      "港口的電動渡輪今天啟航。電動渡輪在碼頭充電。渡輪電池每晚充滿。市區新開了一家麵包店。");
  const std::vector<double> s = Similarity(text, std::vector<bool>(4, false));
  ASSERT_EQ(s.size(), 4u);
  EXPECT_GT(s[1], 0.0);
  EXPECT_GT(s[1], s[3]);
  EXPECT_EQ(s[3], 0.0);
}

TEST(CentroidSimilarity, SkippedSentencesAddNothingButAreStillMeasured) {
  const std::u16string text = testing::U16(
      "Solar panels cover the roof. Solar panels feed the library. Subscribe to solar panels news.");
  const std::vector<double> all = Similarity(text, std::vector<bool>(3, false));
  const std::vector<double> skipped = Similarity(text, {false, false, true});
  EXPECT_GT(skipped[2], 0.0);  // measured against the others
  EXPECT_NE(all[0], skipped[0]);  // but no longer part of their centroid
}

}  // namespace
}  // namespace precis::rank
