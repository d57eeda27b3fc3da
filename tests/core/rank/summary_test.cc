// The summary of whole articles: no heading, image line or boilerplate is ever chosen, the
// budget holds, and re-selection reads only the scores and vectors.
#include "rank/summary.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "precis/analyzer.h"
#include "test_articles.h"

namespace precis {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::AnalyzeOrDie;
using testing::ReadArticle;
using testing::U8;

const char* const kArticles[] = {"harbor-ferry.zh-Hant.txt", "river-cleanup.zh-Hans.txt",
                                 "solar-library.en.txt"};

TEST(Summary, NeverHoldsHeadingsImagesOrBoilerplate) {
  for (const char* name : kArticles) {
    const std::u16string text = ReadArticle(name);
    const Analysis analysis = AnalyzeOrDie(text);
    ASSERT_EQ(analysis.summary.sentences.size(), 3u) << name;
    const std::string summary = U8(analysis.summary.text);
    for (const char* unwanted : {"![", "[图片]", "圖片來源", "Photo:", "版权", "版權", "Copyright",
                                 "Subscribe", "扫码", "免責", "歡迎加入", "广告", "Follow us"}) {
      EXPECT_THAT(summary, Not(HasSubstr(unwanted))) << name;
    }
    // Headings: the title and the section lines of each article.
    for (const char* heading : {"港口渡輪全面改用電池動力", "電池與充電", "青河治理十年", "治理的代价",
                                "Town Library Runs", "How the project was paid for"}) {
      EXPECT_THAT(summary, Not(HasSubstr(heading))) << name;
    }
    for (uint32_t index : analysis.summary.sentences) {
      EXPECT_TRUE(analysis.sentence_scores[index].eligible) << name;
    }
  }
}

TEST(Summary, ListsSentencesInOriginalOrderWithRanks) {
  const std::u16string text = ReadArticle("solar-library.en.txt");
  const Analysis analysis = AnalyzeOrDie(text);
  const Summary& summary = analysis.summary;
  ASSERT_EQ(summary.ranks.size(), summary.sentences.size());
  for (size_t i = 1; i < summary.sentences.size(); ++i) {
    EXPECT_LT(summary.sentences[i - 1], summary.sentences[i]);
  }
  std::vector<uint32_t> ranks = summary.ranks;
  std::sort(ranks.begin(), ranks.end());
  EXPECT_EQ(ranks, (std::vector<uint32_t>{1, 2, 3}));
}

TEST(Summary, ReselectsUnderEachKindOfBudget) {
  const std::u16string text = ReadArticle("river-cleanup.zh-Hans.txt");
  const Analysis analysis = AnalyzeOrDie(text);
  Summary one;
  ASSERT_TRUE(SelectSummary(text, analysis, {1, 0, 0}, &one).ok());
  ASSERT_EQ(one.sentences.size(), 1u);
  EXPECT_EQ(one.ranks[0], 1u);

  Summary half;
  ASSERT_TRUE(SelectSummary(text, analysis, {0, 0.5, 0}, &half).ok());
  size_t eligible = 0;
  for (const SentenceScore& s : analysis.sentence_scores) eligible += s.eligible ? 1 : 0;
  EXPECT_EQ(half.sentences.size(), (eligible + 1) / 2);

  Summary short_one;
  ASSERT_TRUE(SelectSummary(text, analysis, {0, 0, 80}, &short_one).ok());
  ASSERT_FALSE(short_one.sentences.empty());
  size_t characters = 0;
  for (uint32_t i : short_one.sentences) characters += analysis.sentences[i].end - analysis.sentences[i].start;
  EXPECT_LE(characters, 80u);
}

TEST(Summary, JoinsChineseWithoutSpacesAndEnglishWithSpaces) {
  const std::u16string zh = ReadArticle("river-cleanup.zh-Hans.txt");
  EXPECT_THAT(U8(AnalyzeOrDie(zh).summary.text), Not(HasSubstr("。 ")));
  const std::u16string en = ReadArticle("solar-library.en.txt");
  EXPECT_THAT(U8(AnalyzeOrDie(en).summary.text), HasSubstr("Tuesday. "));
}

TEST(Summary, AvoidsRepeatingTheSameSentence) {
  // The lead is repeated word for word; a summary of two must not hold both copies.
  const std::u16string text = testing::U16(
      "The city opened a new bridge over the river on Monday. "
      "The city opened a new bridge over the river on Monday. "
      "Traffic on the old bridge fell by half within hours of the opening. "
      "Engineers said the new bridge can carry twice as many trucks as the old one.");
  Options options;
  options.summary_budget = {2, 0, 0};
  Analysis analysis;
  ASSERT_TRUE(Analyze(text, options, &analysis).ok());
  ASSERT_EQ(analysis.summary.sentences.size(), 2u);
  EXPECT_FALSE(analysis.summary.sentences[0] == 0 && analysis.summary.sentences[1] == 1);
}

TEST(Summary, RefusesScoresThatDoNotMatchTheSentences) {
  const std::u16string text = testing::U16("One sentence here. Another one there.");
  Analysis analysis = AnalyzeOrDie(text);
  analysis.sentence_scores.pop_back();
  Summary summary;
  EXPECT_FALSE(SelectSummary(text, analysis, {1, 0, 0}, &summary).ok());
}

TEST(Summary, IsEmptyForEmptyText) {
  const Analysis analysis = AnalyzeOrDie(u"");
  EXPECT_TRUE(analysis.summary.sentences.empty());
  EXPECT_TRUE(analysis.summary.text.empty());
  EXPECT_TRUE(analysis.keyphrases.empty());
}

}  // namespace
}  // namespace precis
