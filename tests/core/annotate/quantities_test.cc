// Quantities: numbers with units, currencies and percents.
#include "annotate/quantities.h"

#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::annotate {
namespace {

using testing::U16;
using testing::U8;

struct Found {
  std::string text;
  double value;
  std::string unit;
};

std::vector<Found> Quantities(const std::string& utf8) {
  const std::u16string text = U16(utf8);
  std::vector<Annotation> out;
  FindQuantities(text, &out);
  std::vector<Found> found;
  for (const Annotation& a : out) found.push_back({U8(text.substr(a.start, a.end - a.start)), a.value, U8(a.normalized)});
  return found;
}

TEST(FindQuantities, ReadsCurrenciesAndUnits) {
  const auto q = Quantities("營收達新台幣50億元，另有9000億元與400家，以及1.25萬元。");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(q[0].text, "新台幣50億元");
  EXPECT_DOUBLE_EQ(q[0].value, 5e9);
  EXPECT_EQ(q[0].unit, "TWD");
  EXPECT_EQ(q[1].text, "9000億元");
  EXPECT_EQ(q[2].text, "400家");
  EXPECT_EQ(q[2].unit, "家");
  EXPECT_DOUBLE_EQ(q[3].value, 12500);
}

TEST(FindQuantities, ReadsEnglishForms) {
  const auto q = Quantities("a $1.2 billion deal, a 400-megawatt plant, up 14.5% and 3 percent, 5,000 workers");
  ASSERT_EQ(q.size(), 5u);
  EXPECT_EQ(q[0].text, "$1.2 billion");
  EXPECT_DOUBLE_EQ(q[0].value, 1.2e9);
  EXPECT_EQ(q[1].text, "400-megawatt");
  EXPECT_EQ(q[1].unit, "MW");
  EXPECT_EQ(q[2].text, "14.5%");
  EXPECT_EQ(q[3].text, "3 percent");
  EXPECT_EQ(q[3].unit, "%");
  EXPECT_EQ(q[4].text, "5,000 workers");
}

TEST(FindQuantities, CountsAnyEnglishPluralNoun) {
  const auto q = Quantities("It has 40 desks, 300 visitors and 12 lanterns; in 2025 ferries ran, and 3 was enough.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].text, "40 desks");
  EXPECT_EQ(q[0].unit, "desks");
  EXPECT_DOUBLE_EQ(q[0].value, 40);
  EXPECT_EQ(q[1].text, "300 visitors");
  EXPECT_EQ(q[2].text, "12 lanterns");
}

TEST(FindQuantities, ReadsChineseNumeralsAndPercentWords) {
  const auto q = Quantities("投入三千萬，成長百分之十四。");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "三千萬");
  EXPECT_DOUBLE_EQ(q[0].value, 3e7);
  EXPECT_EQ(q[1].text, "百分之十四");
  EXPECT_DOUBLE_EQ(q[1].value, 14);
}

TEST(FindQuantities, SkipsOrdinalsWordsYearsAndCodes) {
  EXPECT_TRUE(Quantities("第一名大家一起努力").empty());
  EXPECT_TRUE(Quantities("2024年").empty());
  EXPECT_TRUE(Quantities("COVID-19 and GPT-4").empty());
  EXPECT_TRUE(Quantities("十分重要，萬人空巷").empty());
}

}  // namespace
}  // namespace precis::annotate
