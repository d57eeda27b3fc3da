// Tests of core/src/segment/words/units.cc: numeral characters and the longest unit match.
#include "segment/words/units.h"

#include <gtest/gtest.h>

namespace precis::segment::words {
namespace {

TEST(IsChineseDigit, KnowsDigitsOfBothScriptsAndFinancialForms) {
  for (char32_t c : {U'〇', U'零', U'一', U'九', U'兩', U'两', U'壹', U'玖'}) EXPECT_TRUE(IsChineseDigit(c)) << c;
  for (char32_t c : {U'十', U'萬', U'人', U'1', U'a', char32_t{0x20000}}) EXPECT_FALSE(IsChineseDigit(c)) << c;
}

TEST(IsChineseMagnitude, KnowsMagnitudesOfBothScripts) {
  for (char32_t c : {U'十', U'百', U'千', U'萬', U'万', U'億', U'亿', U'兆'}) EXPECT_TRUE(IsChineseMagnitude(c)) << c;
  for (char32_t c : {U'一', U'元', U'9', char32_t{0x20000}}) EXPECT_FALSE(IsChineseMagnitude(c)) << c;
}

TEST(MatchUnit, FindsTheLongestUnitStartingHere) {
  EXPECT_EQ(MatchUnit(u"3個月後", 1).length, 2u);  // 個月, not 個
  EXPECT_EQ(MatchUnit(u"3個人", 1).length, 1u);
  EXPECT_EQ(MatchUnit(u"5平方公里", 1).length, 4u);
  EXPECT_EQ(MatchUnit(u"2026年", 4).kind, UnitKind::kYear);
  EXPECT_EQ(MatchUnit(u"12%", 2).kind, UnitKind::kPercent);
}

TEST(MatchUnit, FindsNothingWhereNoUnitStartsOrPastTheEnd) {
  EXPECT_EQ(MatchUnit(u"3中", 1).length, 0u);
  EXPECT_EQ(MatchUnit(u"3平方", 1).length, 0u);  // a unit cut short by the end of the text
  EXPECT_EQ(MatchUnit(u"3", 1).length, 0u);
  EXPECT_EQ(MatchUnit(u"", 0).kind, UnitKind::kNone);
}

}  // namespace
}  // namespace precis::segment::words
