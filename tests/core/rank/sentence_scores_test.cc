// Sentence scores: the contributions add up to the score, and each penalty shows as a reason.
#include "rank/sentence_scores.h"

#include <algorithm>

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

TEST(SentenceScores, APostHasNoLeadToPreferButAStoryDoes) {
  // A post of three sentences: its second one holds what the others share, and position
  // only breaks near-ties, so the second outscores the first.
  const std::u16string post = testing::U16(
      "今天早上去了新开的书店。城南图书馆屋顶装了太阳能板，图书馆夜里也用太阳能照明。"
      "太阳能板让图书馆省下电费。");
  const Analysis a = testing::AnalyzeOrDie(post);
  ASSERT_EQ(a.sentence_scores.size(), 3u);
  EXPECT_GT(a.sentence_scores[1].score, a.sentence_scores[0].score);
  EXPECT_LT(Contribution(a.sentence_scores[0], SentenceFeature::kPosition), 0.1);
  EXPECT_EQ(Contribution(a.sentence_scores[1], SentenceFeature::kKeyphrases), 0);
  // A story of several paragraphs keeps the full lead prior.
  const Analysis story = testing::AnalyzeOrDie(testing::ReadArticle("solar-library.en.txt"));
  double best_position = 0;
  for (const SentenceScore& s : story.sentence_scores) {
    best_position = std::max<double>(best_position, Contribution(s, SentenceFeature::kPosition));
  }
  EXPECT_GT(best_position, 2.0);
}

}  // namespace
}  // namespace precis
