// Dates and times in Chinese and English with their normalized values.
#include "annotate/dates.h"

#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::annotate {
namespace {

using testing::U16;
using testing::U8;

std::vector<std::pair<std::string, std::string>> Dates(const std::string& utf8) {
  const std::u16string text = U16(utf8);
  std::vector<Annotation> out;
  FindDates(text, &out);
  std::vector<std::pair<std::string, std::string>> found;
  for (const Annotation& a : out) found.emplace_back(U8(text.substr(a.start, a.end - a.start)), U8(a.normalized));
  return found;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(FindDates, ReadsChineseDates) {
  EXPECT_EQ(Dates("2024年，11月5日，2026年3月12日，2028年第二季，二〇二四年"),
            (Pairs{{"2024年", "2024"}, {"11月5日", "--11-05"}, {"2026年3月12日", "2026-03-12"},
                   {"2028年第二季", "2028-Q2"}, {"二〇二四年", "2024"}}));
}

TEST(FindDates, ReadsChineseWeekdaysTimesAndRelativeDates) {
  EXPECT_EQ(Dates("星期二下午3時30分，去年"),
            (Pairs{{"星期二", "tuesday"}, {"下午3時30分", "15:30"}, {"去年", ""}}));
}

TEST(FindDates, ReadsEnglishDates) {
  EXPECT_EQ(Dates("On Tuesday, March 4, 2026, and by mid-2027; 4 March; in 2024; Q2 2028; at 3 p.m."),
            (Pairs{{"Tuesday", "tuesday"}, {"March 4, 2026", "2026-03-04"}, {"mid-2027", "2027-mid"},
                   {"4 March", "--03-04"}, {"2024", "2024"}, {"Q2 2028", "2028-Q2"}, {"3 p.m.", "15:00"}}));
}

TEST(FindDates, LeavesNumbersAndModalsAlone) {
  EXPECT_TRUE(Dates("May we go? We hired 2024 people and 3年 later.").empty());
  EXPECT_TRUE(Dates("同一月份").empty());
  EXPECT_TRUE(Dates("13月40日").empty());
}

}  // namespace
}  // namespace precis::annotate
