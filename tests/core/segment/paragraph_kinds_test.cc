// Paragraph kinds and list markers from the line's own text.
#include "segment/paragraph_kinds.h"

#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::segment {
namespace {

using precis::testing::U16;

ParagraphKind KindOf(const std::string& utf8) { return ClassifyParagraph(U16(utf8)); }

TEST(ClassifyParagraph, MarkdownHeadingsAreHeadingsWhateverTheirPunctuation) {
  EXPECT_EQ(KindOf("## What changed?"), ParagraphKind::kHeading);
  EXPECT_EQ(KindOf("#hashtag is not a heading, it is a tag in a long sentence."), ParagraphKind::kBody);
}

TEST(ClassifyParagraph, NumberedSectionsAndShortTitlesAreHeadings) {
  EXPECT_EQ(KindOf("03 供應鏈的隱憂"), ParagraphKind::kHeading);
  EXPECT_EQ(KindOf("Quarterly results at a glance"), ParagraphKind::kHeading);
  EXPECT_EQ(KindOf("第二章 新的開始"), ParagraphKind::kHeading);
}

TEST(OpensWithSectionNumber, ChapterAndSectionNumbersInEitherNumeral) {
  for (const char* line : {"第１章　はじめに", "第三節 方法", "第2部", "01 行業巨頭發聲", "3 Results"}) {
    EXPECT_TRUE(OpensWithSectionNumber(U16(line))) << line;
  }
  for (const char* line : {"第二季營收", "第一", "2024年", "1234 Main St", "3.5 million", "第三回の会議"}) {
    EXPECT_FALSE(OpensWithSectionNumber(U16(line))) << line;
  }
}

TEST(ClassifyParagraph, LinesWithSentenceEndsOrLeadInsAreBody) {
  EXPECT_EQ(KindOf("他走了。"), ParagraphKind::kBody);
  EXPECT_EQ(KindOf("Prices rose again."), ParagraphKind::kBody);
  EXPECT_EQ(KindOf("記者會上，部長表示："), ParagraphKind::kBody);
  EXPECT_EQ(KindOf("這是一個沒有句號但是非常非常長的段落，長到不可能是一個標題的程度，所以它是正文"),
            ParagraphKind::kBody);
}

TEST(ClassifyParagraph, ImagesAndPlaceholders) {
  EXPECT_EQ(KindOf("![](https://example.com/a.jpg)"), ParagraphKind::kImage);
  EXPECT_EQ(KindOf("[image]"), ParagraphKind::kImage);
  EXPECT_EQ(KindOf("[图片]"), ParagraphKind::kImage);
  EXPECT_EQ(KindOf("（圖片來源：路透社）"), ParagraphKind::kImage);
  EXPECT_EQ(KindOf("[1] A footnote that is a sentence."), ParagraphKind::kBody);
}

TEST(ClassifyParagraph, ListItems) {
  EXPECT_EQ(KindOf("- milk"), ParagraphKind::kListItem);
  EXPECT_EQ(KindOf("* eggs and bread."), ParagraphKind::kListItem);
  EXPECT_EQ(KindOf("• 第三項"), ParagraphKind::kListItem);
  EXPECT_EQ(KindOf("12. Keep receipts."), ParagraphKind::kListItem);
  EXPECT_EQ(KindOf("3) Sign here."), ParagraphKind::kListItem);
  EXPECT_EQ(KindOf("二、適用範圍"), ParagraphKind::kListItem);
  EXPECT_EQ(KindOf("（一）申請資格"), ParagraphKind::kListItem);
  EXPECT_EQ(KindOf("② 第二步"), ParagraphKind::kListItem);
}

TEST(ListMarkerLength, IgnoresNumbersThatAreNotEnumerators) {
  EXPECT_EQ(ListMarkerLength(U16("3.5 percent growth was reported.")), 0u);
  EXPECT_EQ(ListMarkerLength(U16("2024年營收創新高。")), 0u);
  EXPECT_EQ(ListMarkerLength(U16("-5 degrees tonight.")), 0u);
  EXPECT_EQ(ListMarkerLength(U16("1. First")), 3u);
}

}  // namespace
}  // namespace precis::segment
