#include "segment/sentences.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::segment {
namespace {

using precis::testing::Slices;
using precis::testing::U16;
using ::testing::ElementsAre;

std::vector<std::string> SplitOne(const std::u16string& text) {
  std::unique_ptr<SentenceSplitter> splitter;
  EXPECT_TRUE(SentenceSplitter::Create(&splitter).ok());
  std::vector<Sentence> sentences;
  Paragraph whole{0, static_cast<uint32_t>(text.size())};
  EXPECT_TRUE(splitter->Split(text, whole, 0, &sentences).ok());
  return Slices(text, sentences);
}

TEST(SentenceSplitter, SplitsChineseAtFullStops) {
  EXPECT_THAT(SplitOne(U16("今天天氣很好。我們去公園散步！你要來嗎？")),
              ElementsAre("今天天氣很好。", "我們去公園散步！", "你要來嗎？"));
}

TEST(SentenceSplitter, KeepsAbbreviationsInsideTheSentence) {
  EXPECT_THAT(SplitOne(U16("Mr. Smith arrived at 5 p.m. on Monday. He left early.")),
              ElementsAre("Mr. Smith arrived at 5 p.m. on Monday.", "He left early."));
}

TEST(SentenceSplitter, KeepsDecimalsWhole) {
  EXPECT_THAT(SplitOne(U16("Growth was 3.5 percent. It slowed.")),
              ElementsAre("Growth was 3.5 percent.", "It slowed."));
}

TEST(SentenceSplitter, TrimsTrailingSpaceOffSentences) {
  EXPECT_THAT(SplitOne(U16("One.   Two.  ")), ElementsAre("One.", "Two."));
}

TEST(SentenceSplitter, RecordsItsParagraph) {
  std::unique_ptr<SentenceSplitter> splitter;
  ASSERT_TRUE(SentenceSplitter::Create(&splitter).ok());
  std::u16string text = U16("xx A. B.");
  std::vector<Sentence> sentences;
  ASSERT_TRUE(splitter->Split(text, Paragraph{3, 8}, 7, &sentences).ok());
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].start, 3u);
  EXPECT_EQ(sentences[1].paragraph, 7u);
}

}  // namespace
}  // namespace precis::segment
