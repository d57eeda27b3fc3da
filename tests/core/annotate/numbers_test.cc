// Number reading: Arabic, Chinese and mixed forms.
#include "annotate/numbers.h"

#include <gtest/gtest.h>

namespace precis::annotate {
namespace {

double ValueOf(std::u16string_view s) {
  const ParsedNumber n = ReadNumber(s, 0);
  EXPECT_EQ(n.end, s.size()) << "reads the whole number";
  return n.value;
}

TEST(ReadNumber, ReadsChineseNumeralsWithMultipliers) {
  EXPECT_DOUBLE_EQ(ValueOf(u"三千萬"), 3e7);
  EXPECT_DOUBLE_EQ(ValueOf(u"兩百"), 200);
  EXPECT_DOUBLE_EQ(ValueOf(u"十五"), 15);
  EXPECT_DOUBLE_EQ(ValueOf(u"一億兩千萬"), 1.2e8);
  EXPECT_DOUBLE_EQ(ValueOf(u"二〇二四"), 2024);
}

TEST(ReadNumber, ReadsMixedForms) {
  EXPECT_DOUBLE_EQ(ValueOf(u"1.25萬"), 12500);
  EXPECT_DOUBLE_EQ(ValueOf(u"9000億"), 9e11);
  EXPECT_DOUBLE_EQ(ValueOf(u"3千萬"), 3e7);
  EXPECT_DOUBLE_EQ(ValueOf(u"1,000.5"), 1000.5);
  EXPECT_DOUBLE_EQ(ValueOf(u"１２"), 12);
}

TEST(ReadNumber, LeavesSingleChineseDigitsAlone) {
  EXPECT_EQ(ReadNumber(u"一起", 0).end, 0u);
  EXPECT_EQ(ReadNumber(u"abc", 0).end, 0u);
  EXPECT_EQ(ReadNumber(u"", 0).end, 0u);
}

TEST(ReadNumber, StopsBeforeALoneComma) {
  const ParsedNumber n = ReadNumber(u"12, 34", 0);
  EXPECT_EQ(n.end, 2u);
  EXPECT_DOUBLE_EQ(n.value, 12);
}

}  // namespace
}  // namespace precis::annotate
