// Tests of core/src/text/normalize.cc and variant_fold.cc: keys for counting tokens.
#include "text/normalize.h"

#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::text {
namespace {

using precis::testing::U16;
using precis::testing::U8;

std::string Key(std::string_view utf8) { return U8(NormalizedKey(U16(utf8))); }

TEST(NormalizedKey, FoldsCaseOfAscii) { EXPECT_EQ(Key("NVIDIA GPU"), "nvidia gpu"); }

TEST(NormalizedKey, FoldsFullWidthFormsAndCase) {
  EXPECT_EQ(Key("ＡＩ"), "ai");
  EXPECT_EQ(Key("１２％"), "12%");
  EXPECT_EQ(Key("，"), ",");
}

TEST(NormalizedKey, FoldsCaseBeyondAscii) {
  EXPECT_EQ(Key("Straße"), "strasse");
  EXPECT_EQ(Key("ΣΟΦΙΑ"), Key("σοφια"));
}

TEST(NormalizedKey, FoldsTraditionalToSimplified) {
  EXPECT_EQ(Key("黃仁勛"), "黄仁勋");
  EXPECT_EQ(Key("英偉達"), "英伟达");
  EXPECT_EQ(Key("晶片與芯片"), "晶片与芯片");
}

TEST(NormalizedKey, SimplifiedAndTraditionalShareAKey) {
  EXPECT_EQ(Key("人工智慧發展"), Key("人工智慧发展"));
  EXPECT_EQ(Key("國際貿易"), Key("国际贸易"));
}

TEST(NormalizedKey, LeavesSimplifiedKanaAndHangulAlone) {
  EXPECT_EQ(Key("人工智能"), "人工智能");
  EXPECT_EQ(Key("カタカナ"), "カタカナ");
  EXPECT_EQ(Key("한국어"), "한국어");
}

TEST(NormalizedKey, UnfoldsHalfWidthKatakanaAndCompatibilityIdeographs) {
  EXPECT_EQ(Key("ｶﾀｶﾅ"), "カタカナ");
  EXPECT_EQ(Key("\xEF\xA4\x80"), "岂");  // U+F900 is 豈 (NFKC), whose Simplified form is 岂
}

TEST(NormalizedKey, KeepsLoneSurrogatesAndSupplementaryCharacters) {
  const std::u16string lone = u"a\xD800" u"b";
  EXPECT_EQ(NormalizedKey(lone), lone);
  EXPECT_EQ(Key("𠀀😀"), "𠀀😀");
}

TEST(NormalizedKey, EmptyTextHasEmptyKey) { EXPECT_TRUE(NormalizedKey(u"").empty()); }

TEST(NormalizedKey, OneCharacterKeysStayTheSameWhenAskedAgain) {
  // One-unit keys are worked out once and then reused.
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(Key("，"), ",");
    EXPECT_EQ(Key("Ａ"), "a");
    EXPECT_EQ(Key("國"), "国");
    EXPECT_EQ(Key("ｶ"), "カ");
    EXPECT_EQ(Key("　"), " ");
  }
}

TEST(NormalizedKey, FoldsRunsOfIdeographsWithoutChangingOtherCharacters) {
  EXPECT_EQ(Key("黃仁勛"), "黄仁勋");
  EXPECT_EQ(Key("㐀國"), "㐀国");  // Extension A
  EXPECT_EQ(Key("國，"), "国,");
}

TEST(FoldTraditional, CoversTheWholeTableAndNothingOutsideIt) {
  EXPECT_EQ(FoldTraditional(0x380F), char32_t{0x37C6});  // the table's first fold
  EXPECT_EQ(FoldTraditional(0x9F9C), char32_t{0x9F9F});  // and its last (龜 → 龟)
  EXPECT_EQ(FoldTraditional(0x380E), char32_t{0x380E});
  EXPECT_EQ(FoldTraditional(0x9F9D), char32_t{0x9F9D});
  EXPECT_EQ(FoldTraditional(0xFFFF), char32_t{0xFFFF});
  EXPECT_EQ(FoldTraditional(0x20000), char32_t{0x20000});
}

TEST(FoldTraditional, MapsSingleCharacters) {
  EXPECT_EQ(FoldTraditional(U'黃'), U'黄');
  EXPECT_EQ(FoldTraditional(U'達'), U'达');
  EXPECT_EQ(FoldTraditional(U'黄'), U'黄');
  EXPECT_EQ(FoldTraditional(U'a'), U'a');
}

TEST(TraditionalFolder, AgreesWithFoldTraditionalEverywhere) {
  const TraditionalFolder folder;
  for (char32_t c = 0; c <= 0x10FFFF; c += (c < 0x10000 ? 1 : 97)) {
    ASSERT_EQ(folder.Fold(c), FoldTraditional(c)) << std::hex << static_cast<uint32_t>(c);
  }
}

}  // namespace
}  // namespace precis::text
