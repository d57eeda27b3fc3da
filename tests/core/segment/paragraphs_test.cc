#include "segment/paragraphs.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::segment {
namespace {

using precis::testing::Slices;
using precis::testing::U16;
using ::testing::ElementsAre;

TEST(SplitParagraphs, EachNonBlankLineIsAParagraph) {
  std::u16string text = U16("第一段。\n\n  Second line.  \r\nthird\rfourth\u2029fifth");
  EXPECT_THAT(Slices(text, SplitParagraphs(text)),
              ElementsAre("第一段。", "Second line.", "third", "fourth", "fifth"));
}

TEST(SplitParagraphs, TrimsFullWidthSpaceAndSkipsBlankLines) {
  std::u16string text = U16("\u3000\u3000開頭有全形空格。\n \t \n\u3000\n");
  EXPECT_THAT(Slices(text, SplitParagraphs(text)), ElementsAre("開頭有全形空格。"));
}

TEST(SplitParagraphs, EmptyAndBlankTextHaveNoParagraphs) {
  EXPECT_TRUE(SplitParagraphs(u"").empty());
  EXPECT_TRUE(SplitParagraphs(u" \n\r\n\t").empty());
}

}  // namespace
}  // namespace precis::segment
