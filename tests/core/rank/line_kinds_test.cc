// Headings and image lines found by shape, until the segmenter's paragraph kinds replace them.
#include "rank/line_kinds.h"

#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::rank {
namespace {

std::vector<LineKind> Kinds(const char* utf8) {
  const std::u16string text = testing::U16(utf8);
  return ClassifyLines(text, testing::AnalyzeOrDie(text));
}

TEST(LineKinds, FindsTitleSectionHeadingsAndImages) {
  const auto kinds = Kinds(
      "港口渡輪全面改用電池動力\n本市交通局昨日宣布,港口渡輪將全部改用電池動力。\n![](a.jpg)\n"
      "電池與充電\n每艘渡輪可以航行兩小時,停靠十分鐘就能充電。\n");
  ASSERT_EQ(kinds.size(), 5u);
  EXPECT_EQ(kinds[0], LineKind::kHeading);
  EXPECT_EQ(kinds[1], LineKind::kBody);
  EXPECT_EQ(kinds[2], LineKind::kImage);
  EXPECT_EQ(kinds[3], LineKind::kHeading);
  EXPECT_EQ(kinds[4], LineKind::kBody);
}

TEST(LineKinds, FindsPhotoCreditsAndMarkdownHeadings) {
  const auto kinds = Kinds("# Solar library\nThe library runs on solar power.\nPhoto: Town Council\n"
                           "图片来源:新华社\nMore text follows here.\n");
  EXPECT_EQ(kinds[0], LineKind::kHeading);
  EXPECT_EQ(kinds[2], LineKind::kImage);
  EXPECT_EQ(kinds[3], LineKind::kImage);
}

TEST(LineKinds, ASingleParagraphIsBody) {
  EXPECT_EQ(Kinds("Just one short line")[0], LineKind::kBody);
}

}  // namespace
}  // namespace precis::rank
