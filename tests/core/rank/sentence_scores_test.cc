// Sentence scores: the contributions add up to the score, and each penalty shows as a reason.
#include "rank/sentence_scores.h"

#include <gtest/gtest.h>

#include "test_articles.h"

namespace precis {
namespace {

float Contribution(const SentenceScore& s, SentenceFeature f) { return s.contributions[static_cast<size_t>(f)]; }

TEST(SentenceScores, ScoreIsTheSumOfItsReasons) {
  const Analysis analysis = testing::AnalyzeOrDie(testing::ReadArticle("solar-library.en.txt"));
  ASSERT_EQ(analysis.sentence_scores.size(), analysis.sentences.size());
  for (const SentenceScore& s : analysis.sentence_scores) {
    double sum = 0;
    for (float c : s.contributions) sum += c;
    EXPECT_NEAR(s.score, sum, 1e-4);
  }
}

TEST(SentenceScores, PenalizesHeadingsImagesBoilerplateQuestionsAndShortSentences) {
  const std::u16string text = testing::ReadArticle("solar-library.en.txt");
  const Analysis analysis = testing::AnalyzeOrDie(text);
  auto find = [&](const char* start) {
    const std::u16string prefix = testing::U16(start);
    for (size_t i = 0; i < analysis.sentences.size(); ++i) {
      if (text.compare(analysis.sentences[i].start, prefix.size(), prefix) == 0) return analysis.sentence_scores[i];
    }
    ADD_FAILURE() << "no sentence starts with " << start;
    return SentenceScore();
  };
  EXPECT_LT(Contribution(find("Town Library Runs"), SentenceFeature::kHeading), 0);
  EXPECT_LT(Contribution(find("Photo: Millbrook"), SentenceFeature::kImage), 0);
  EXPECT_LT(Contribution(find("Subscribe to our"), SentenceFeature::kBoilerplate), 0);
  EXPECT_TRUE(find("Subscribe to our").boilerplate);
  EXPECT_LT(Contribution(find("Why does a library"), SentenceFeature::kQuestion), 0);
  const SentenceScore lead = find("The public library");
  EXPECT_TRUE(lead.eligible);
  EXPECT_GT(Contribution(lead, SentenceFeature::kPosition), 0);
  EXPECT_GT(Contribution(lead, SentenceFeature::kKeyphrases), 0);
  EXPECT_GT(Contribution(lead, SentenceFeature::kCentrality), 0);
}

}  // namespace
}  // namespace precis
