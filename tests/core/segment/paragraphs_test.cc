// Paragraph splitting: line breaks, blank lines, soft-wrapped lines, and each paragraph's kind.
#include "segment/paragraphs.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::segment {
namespace {

using precis::testing::Slices;
using precis::testing::U16;
using ::testing::ElementsAre;

std::vector<ParagraphKind> Kinds(const std::vector<Paragraph>& paragraphs) {
  std::vector<ParagraphKind> kinds;
  for (const auto& p : paragraphs) kinds.push_back(p.kind);
  return kinds;
}

TEST(SplitParagraphs, EachNonBlankLineIsAParagraph) {
  std::u16string text = U16("第一段。\n\n  Second line.  \r\nThird\rFourth\u2029Fifth");
  EXPECT_THAT(Slices(text, SplitParagraphs(text)),
              ElementsAre("第一段。", "Second line.", "Third", "Fourth", "Fifth"));
}

TEST(SplitParagraphs, TrimsFullWidthSpaceAndSkipsBlankLines) {
  std::u16string text = U16("\u3000\u3000開頭有全形空格。\n \t \n\u3000\n");
  EXPECT_THAT(Slices(text, SplitParagraphs(text)), ElementsAre("開頭有全形空格。"));
}

TEST(SplitParagraphs, EmptyAndBlankTextHaveNoParagraphs) {
  EXPECT_TRUE(SplitParagraphs(u"").empty());
  EXPECT_TRUE(SplitParagraphs(u" \n\r\n\t").empty());
}

TEST(SplitParagraphs, JoinsALineWrappedBeforeALowerCaseWord) {
  std::u16string text = U16("The storm reached the \r\ncoast at dawn.\nNext day was calm.");
  EXPECT_THAT(Slices(text, SplitParagraphs(text)),
              ElementsAre("The storm reached the \r\ncoast at dawn.", "Next day was calm."));
}

TEST(SplitParagraphs, JoinsALineWrappedAfterACommaOrAJapaneseParticle) {
  std::u16string text = U16("會議延到下午，\n大家都同意。\n私の\n友達です。");
  EXPECT_THAT(Slices(text, SplitParagraphs(text)),
              ElementsAre("會議延到下午，\n大家都同意。", "私の\n友達です。"));
}

TEST(SplitParagraphs, KeepsJapaneseTitlesThatEndInAParticleApart) {
  std::u16string text = U16("第１章　はじめに\n本章では背景を述べる。\nはじめに\n本稿の目的を述べる。");
  EXPECT_THAT(Slices(text, SplitParagraphs(text)),
              ElementsAre("第１章　はじめに", "本章では背景を述べる。", "はじめに", "本稿の目的を述べる。"));
  // 第三回 opening a sentence is no section number: the wrapped line still joins.
  std::u16string wrapped = U16("第三回の会議では、来年度の予算が\n正式に承認された。");
  EXPECT_THAT(Slices(wrapped, SplitParagraphs(wrapped)),
              ElementsAre("第三回の会議では、来年度の予算が\n正式に承認された。"));
}

TEST(SplitParagraphs, KeepsShortLowerCaseLinesApartAsAList) {
  std::u16string text = U16("apples\npears and plums\nfigs");
  EXPECT_THAT(Slices(text, SplitParagraphs(text)), ElementsAre("apples", "pears and plums", "figs"));
}

TEST(SplitParagraphs, ShortLinesUnderAColonAreListItems) {
  std::u16string text = U16("今年的成績如下：\n營收突破三百億元\n員工超過兩千人\n公司將繼續擴張。\n\n下一步計畫");
  EXPECT_THAT(Kinds(SplitParagraphs(text)),
              ElementsAre(ParagraphKind::kBody, ParagraphKind::kListItem, ParagraphKind::kListItem,
                          ParagraphKind::kBody, ParagraphKind::kHeading));
}

TEST(SplitParagraphs, KeepsABlankLineAsABreakEvenMidSentence) {
  std::u16string text = U16("It was a long\n\nday.");
  EXPECT_THAT(Slices(text, SplitParagraphs(text)), ElementsAre("It was a long", "day."));
}

TEST(SplitParagraphs, TellsEachParagraphsKind) {
  std::u16string text = U16(
      "# 今日重點\n"
      "01 市場回顧\n"
      "股市今天上漲了兩個百分點，成交量也明顯放大。\n"
      "![走勢圖](https://example.com/chart.png)\n"
      "[圖片]\n"
      "- 第一點\n"
      "2. Second point\n"
      "一、總則\n"
      "Shares rose two percent today, led by chip makers.");
  std::vector<Paragraph> paragraphs = SplitParagraphs(text);
  EXPECT_THAT(Kinds(paragraphs),
              ElementsAre(ParagraphKind::kHeading, ParagraphKind::kHeading, ParagraphKind::kBody,
                          ParagraphKind::kImage, ParagraphKind::kImage, ParagraphKind::kListItem,
                          ParagraphKind::kListItem, ParagraphKind::kListItem,
                          ParagraphKind::kBody));
}

}  // namespace
}  // namespace precis::segment
