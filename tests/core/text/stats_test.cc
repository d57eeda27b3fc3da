// Text statistics and reading time.
#include "text/stats.h"

#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::text {
namespace {

TEST(ComputeStats, CountsCharactersWordsSentencesAndParagraphs) {
  const std::u16string text = testing::U16("我們很好。\nWe are fine 😀.");
  const Analysis analysis = testing::AnalyzeOrDie(text);
  const TextStats& s = analysis.stats;
  EXPECT_EQ(s.characters, 16u);  // 我們很好。 (5) and We are fine 😀. less its spaces (11)
  EXPECT_EQ(s.cjk_characters, 4u);
  EXPECT_EQ(s.paragraphs, 2u);
  EXPECT_EQ(s.sentences, analysis.sentences.size());
  EXPECT_GE(s.words, 5u);
  EXPECT_GT(s.reading_seconds, 0u);
}

TEST(ComputeStats, ReadsCjkByCharactersAndOthersByWords) {
  const std::u16string chinese(600, u'字');  // 600 characters: two minutes
  EXPECT_EQ(testing::AnalyzeOrDie(chinese).stats.reading_seconds, 120u);
  EXPECT_EQ(testing::AnalyzeOrDie(u"").stats.reading_seconds, 0u);
}

}  // namespace
}  // namespace precis::text
