#include "precis/analyzer.h"

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_text.h"

namespace precis {
namespace {

using testing::AnalyzeOrDie;
using testing::Slices;
using testing::U16;
using ::testing::ElementsAre;

// Tokens tile the text; sentences lie inside their paragraph; everything is in order.
void ExpectConsistentSpans(std::u16string_view text, const Analysis& analysis) {
  uint32_t position = 0;
  for (const Token& token : analysis.tokens) {
    EXPECT_EQ(token.start, position);
    EXPECT_LT(token.start, token.end);
    position = token.end;
  }
  EXPECT_EQ(position, text.size());
  uint32_t previous_end = 0;
  for (const Sentence& sentence : analysis.sentences) {
    ASSERT_LT(sentence.paragraph, analysis.paragraphs.size());
    const Paragraph& paragraph = analysis.paragraphs[sentence.paragraph];
    EXPECT_LE(previous_end, sentence.start);
    EXPECT_LT(sentence.start, sentence.end);
    EXPECT_LE(paragraph.start, sentence.start);
    EXPECT_LE(sentence.end, paragraph.end);
    previous_end = sentence.end;
  }
}

TEST(Analyze, SpansSliceExactlyAcrossSurrogatesCrlfFullWidthSpaceAndCombiningMarks) {
  std::u16string text = U16(
      "👋🏽 Café\u0301 au lait! 👨‍👩‍👧 family.\r\n"
      "\u3000\u3000全形空格開頭的段落。第二句😀來了！\r\n\r\n"
      "e\u0301\u0302 combining. Last line 🇹🇼");
  Analysis analysis = AnalyzeOrDie(text);
  ExpectConsistentSpans(text, analysis);
  EXPECT_THAT(Slices(text, analysis.paragraphs),
              ElementsAre("👋🏽 Café\u0301 au lait! 👨‍👩‍👧 family.",
                          "全形空格開頭的段落。第二句😀來了！",
                          "e\u0301\u0302 combining. Last line 🇹🇼"));
  EXPECT_THAT(Slices(text, analysis.sentences),
              ElementsAre("👋🏽 Café\u0301 au lait!", "👨‍👩‍👧 family.", "全形空格開頭的段落。",
                          "第二句😀來了！", "e\u0301\u0302 combining.", "Last line 🇹🇼"));
  std::vector<std::string> token_texts = Slices(text, analysis.tokens);
  EXPECT_NE(std::find(token_texts.begin(), token_texts.end(), "Café\u0301"), token_texts.end());
  EXPECT_NE(std::find(token_texts.begin(), token_texts.end(), "👨‍👩‍👧"), token_texts.end());
  EXPECT_NE(std::find(token_texts.begin(), token_texts.end(), "\r\n"), token_texts.end());
}

TEST(Analyze, LoneSurrogatesAndControlsKeepEveryCodeUnit) {
  std::u16string text = u"a\xD800" u"b\xDC00\x0001 c\0d";
  text.push_back(u'\xDBFF');
  Analysis analysis = AnalyzeOrDie(text);
  ExpectConsistentSpans(text, analysis);
}

TEST(Analyze, EmptyTextGivesAnEmptyAnalysis) {
  Analysis analysis = AnalyzeOrDie(u"");
  EXPECT_TRUE(analysis.paragraphs.empty());
  EXPECT_TRUE(analysis.sentences.empty());
  EXPECT_TRUE(analysis.tokens.empty());
}

TEST(Analyze, RefusesTextOverTheLimit) {
  Options options;
  options.max_input_length = 4;
  Analysis analysis;
  Status status = Analyze(u"hello", options, &analysis);
  EXPECT_EQ(status.code(), StatusCode::kInputTooLarge);
  EXPECT_NE(status.message().find("limit"), std::string::npos);
  EXPECT_TRUE(Analyze(u"hell", options, &analysis).ok());
}

}  // namespace
}  // namespace precis
