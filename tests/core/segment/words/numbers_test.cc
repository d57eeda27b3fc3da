// Tests of core/src/segment/words/numbers.cc: numbers with units, Chinese numerals, dates,
// clock times.
#include "segment/words/numbers.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "words_test_util.h"

namespace precis::segment::words {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

TEST(MergeNumbers, KeepsMagnitudesAndCurrencyUnitsWithTheNumber) {
  EXPECT_THAT(Words("營收達到9000億元"), Contains("9000億元"));
  EXPECT_THAT(Words("補助1.25萬元"), Contains("1.25萬元"));
  EXPECT_THAT(Words("募得300万美元"), Contains("300万美元"));
}

TEST(MergeNumbers, KeepsMeasureWordsAndPercentWithTheNumber) {
  EXPECT_THAT(Words("超過5000家企業"), Contains("5000家"));
  EXPECT_THAT(Words("成長了3.5%，毛利12%"), ElementsAre("成長", "了", "3.5%", "，", "毛利", "12%"));
  EXPECT_THAT(Words("增加１２％"), Contains("１２％"));
}

TEST(MergeNumbers, KeepsChineseNumeralsAndOrdinalsWhole) {
  EXPECT_THAT(Words("投入三千萬"), Contains("三千萬"));
  EXPECT_THAT(Words("第二季的營收"), Contains("第二季"));
  EXPECT_THAT(Words("約有三百五十人"), Contains("三百五十人"));
}

TEST(MergeNumbers, KeepsDatesWholeFromYearToDay) {
  EXPECT_THAT(Words("2024年的規模"), Contains("2024年"));
  EXPECT_THAT(Words("當地時間11月5日，"), Contains("11月5日"));
  EXPECT_THAT(Words("於2026年3月12日發布"), Contains("2026年3月12日"));
  EXPECT_THAT(Words("二○○一年十二月三十一日"), ElementsAre("二○○一年十二月三十一日"));
}

TEST(MergeNumbers, KeepsClockTimesWholeFromHourToSecond) {
  EXPECT_THAT(Words("上午10時30分抵達"), Contains("10時30分"));
  EXPECT_THAT(Words("晚上八点十五分二十秒"), Contains("八点十五分二十秒"));
  EXPECT_EQ(KindOf("於9時5分", "9時5分"), TokenKind::kNumber);
  // 分 alone after a number is a score or a cent, not a time.
  EXPECT_THAT(Words("他得了5分"), Contains("5分"));
  EXPECT_THAT(Words("3時的5分"), Not(Contains("3時的5分")));
}

TEST(MergeNumbers, StandardStyleCutsClockTimesByPart) {
  const WordStyle standard = WordStyle::kStandard;
  EXPECT_THAT(Words("23時12分", standard), ElementsAre("23時", "12分"));
  EXPECT_THAT(Words("零时9分30秒", standard), ElementsAre("零时", "9分", "30秒"));
  EXPECT_THAT(Words("晚上8点", standard), ElementsAre("晚上", "8点"));
  // No clock shows 3000 or 0.5: there 點 measures (index points).
  EXPECT_THAT(Words("收於3000點", standard), ElementsAre("收", "於", "3000", "點"));
  EXPECT_THAT(Words("上漲0.5點", standard), Contains("0.5"));
  EXPECT_THAT(Words("得了5分", standard), ElementsAre("得", "了", "5", "分"));
}

TEST(MergeNumbers, KeepsTimesCurrencySignsAndNegativeNumbersWhole) {
  EXPECT_THAT(Words("10:30開會"), ElementsAre("10:30", "開會"));
  EXPECT_THAT(Words("售價US$5,000。"), Contains("US$5,000"));
  EXPECT_THAT(Words("氣溫－9℃"), Contains("－9℃"));
  EXPECT_THAT(Words("3-5 days"), Not(Contains("-5")));
  EXPECT_THAT(Words("漲幅+2.1%，跌幅－0.5%"), ElementsAre("漲幅", "+2.1%", "，", "跌幅", "－0.5%"));
  EXPECT_THAT(Words("1+1=2"), Not(Contains("+1")));
  // A plus after an operand is no sign: x²+1, 3%+5%.
  EXPECT_THAT(Words("x²+1與3%+5%"), Not(Contains("+1")));
  EXPECT_THAT(Words("x²+1與3%+5%"), Not(Contains("+5%")));
}

TEST(MergeNumbers, KeepsNumericDatesAndFractionsWhole) {
  EXPECT_THAT(Words("於2024-01-05發布"), Contains("2024-01-05"));
  EXPECT_THAT(Words("於2024/1/5發布"), Contains("2024/1/5"));
  EXPECT_THAT(Words("約1/3的人"), Contains("1/3"));
  EXPECT_EQ(KindOf("於2024-01-05", "2024-01-05"), TokenKind::kNumber);
  // A range and longer codes are no dates: 2024-2025, 1/2/3, 2024-01-05-7.
  EXPECT_THAT(Words("2024-2025年"), Not(Contains("2024-2025")));
  EXPECT_THAT(Words("編號1/2/3"), Not(Contains("1/2")));
  EXPECT_THAT(Words("編號2024-01-05-7"), Not(Contains("2024-01-05")));
  // Year last, as in American dates; never the tail of a longer code.
  EXPECT_THAT(Words("於12/25/2024發布"), Contains("12/25/2024"));
  EXPECT_THAT(Words("編號1/2/3/4"), Not(Contains("3/4")));
  EXPECT_THAT(Words("路徑x/1/2"), Not(Contains("1/2")));
}

TEST(MergeNumbers, SplitsFullWidthCommasThatIcuKeepsInsideNumbers) {
  EXPECT_THAT(Words("5,000，10"), ElementsAre("5,000", "，", "10"));
}

TEST(MergeNumbers, LeavesDictionaryWordsWithNumeralsAlone) {
  EXPECT_THAT(Words("他十分重要"), Contains("十分"));
  EXPECT_THAT(Words("一些人"), Contains("一些"));
  EXPECT_THAT(Words("萬一下雨"), Contains("萬一"));
  EXPECT_THAT(Words("畫一個三角形"), Contains("三角形"));
  EXPECT_EQ(KindOf("他十分重要", "十分"), TokenKind::kIdeographic);
}

TEST(MergeNumbers, DoesNotCutAWordAfterTheUnit) {
  EXPECT_THAT(Words("2017股東大會"), Contains("股東大會"));
  EXPECT_THAT(Words("在5000家中選出"), Contains("5000家"));
}

TEST(MergeNumbers, GivesBackAMagnitudeThatBeginsAUnit) {
  EXPECT_THAT(Words("1600億千瓦時"), Contains("1600億千瓦"));
}

TEST(MergeNumbers, MarksMergedNumbersAsNumbers) {
  EXPECT_EQ(KindOf("共5000家", "5000家"), TokenKind::kNumber);
  EXPECT_EQ(KindOf("在2026年3月12日", "2026年3月12日"), TokenKind::kNumber);
}

TEST(MergeNumbers, StandardStyleCutsAsTheSighanStandards) {
  const WordStyle standard = WordStyle::kStandard;
  EXPECT_THAT(Words("超過5000家", standard), ElementsAre("超過", "5000", "家"));
  EXPECT_THAT(Words("9000億元", standard), ElementsAre("9000億", "元"));
  EXPECT_THAT(Words("2026年3月12日", standard), ElementsAre("2026年", "3月", "12日"));
  EXPECT_THAT(Words("3000多萬人", standard), ElementsAre("3000", "多", "萬", "人"));
  EXPECT_THAT(Words("增長3.5%", standard), Contains("3.5%"));
  EXPECT_THAT(Words("第三步", standard), ElementsAre("第三", "步"));
  EXPECT_THAT(Words("第2", standard), ElementsAre("第2"));  // an ordinal ending the text
  EXPECT_THAT(Words("等了5個月", standard), ElementsAre("等", "了", "5", "個", "月"));
  EXPECT_THAT(Words("等了三个月", standard), ElementsAre("等", "了", "三", "个", "月"));
}

TEST(MergeNumbers, StandardStyleKeepsYearsWholeAndCutsDurations) {
  const WordStyle standard = WordStyle::kStandard;
  EXPECT_THAT(Words("1987年", standard), ElementsAre("1987年"));
  EXPECT_THAT(Words("一九八七年", standard), ElementsAre("一九八七年"));
  EXPECT_THAT(Words("住了12年", standard), ElementsAre("住", "了", "12", "年"));
  EXPECT_THAT(Words("住了三十年", standard), ElementsAre("住", "了", "三十", "年"));
  EXPECT_THAT(Words("住了12年", WordStyle::kRefined), Contains("12年"));
  // Before a month, 年 names a year whatever its digits: 八十四年六月 (Republic era), 98年3月.
  EXPECT_THAT(Words("八十四年六月", standard), ElementsAre("八十四年", "六月"));
  EXPECT_THAT(Words("98年3月", standard), ElementsAre("98年", "3月"));
}

}  // namespace
}  // namespace precis::segment::words
