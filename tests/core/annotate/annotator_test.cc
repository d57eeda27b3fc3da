// The annotation stage on whole articles of our own writing (Traditional and Simplified
// Chinese, English) and on the seed article from ../shared/eval when it is present.
#include "annotate/annotator.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "annotation_test_util.h"

namespace precis {
namespace {

using testing::AnalyzeOrDie;
using testing::FindAnnotation;
using testing::FixturePath;
using testing::ReadFileOrEmpty;
using testing::SpeakerOf;
using testing::U16;
using testing::U8;

struct Expected {
  AnnotationKind kind;
  const char* text;
};

void ExpectAll(std::u16string_view text, const Analysis& analysis, const std::vector<Expected>& expected) {
  for (const Expected& e : expected) {
    EXPECT_NE(FindAnnotation(text, analysis.annotations, e.kind, e.text), nullptr)
        << "missing " << static_cast<int>(e.kind) << " " << e.text;
  }
}

void ExpectWellFormed(std::u16string_view text, const Analysis& analysis) {
  uint32_t entity_end = 0;
  for (size_t i = 0; i < analysis.annotations.size(); ++i) {
    const Annotation& a = analysis.annotations[i];
    ASSERT_LT(a.start, a.end);
    ASSERT_LE(a.end, text.size());
    if (i > 0) EXPECT_LE(analysis.annotations[i - 1].start, a.start) << "sorted by start";
    if (a.kind != AnnotationKind::kQuotation) {
      EXPECT_GE(a.start, entity_end) << "entities never overlap: " << U8(text.substr(a.start, a.end - a.start));
      entity_end = a.end;
    }
  }
}

// No annotation of a kind that names someone or something lies in the footer.
void ExpectNoNamesAfter(std::u16string_view text, const Analysis& analysis, const std::string& footer_start) {
  const size_t footer = text.find(U16(footer_start));
  ASSERT_NE(footer, std::u16string_view::npos);
  for (const Annotation& a : analysis.annotations) {
    if (a.start < footer) continue;
    EXPECT_TRUE(a.kind != AnnotationKind::kPerson && a.kind != AnnotationKind::kQuantity &&
                a.kind != AnnotationKind::kQuotation)
        << "footer annotation " << U8(text.substr(a.start, a.end - a.start));
  }
}

TEST(Annotator, FindsEveryItemInTraditionalChineseArticle) {
  const std::u16string text = U16(ReadFileOrEmpty(FixturePath("zh-hant_news.txt")));
  ASSERT_FALSE(text.empty());
  const Analysis analysis = AnalyzeOrDie(text);
  ExpectWellFormed(text, analysis);
  ExpectAll(text, analysis,
            {{AnnotationKind::kPerson, "魏哲家"}, {AnnotationKind::kPerson, "林佳慧"},
             {AnnotationKind::kOrganization, "台積電"}, {AnnotationKind::kOrganization, "經濟部"},
             {AnnotationKind::kPlace, "高雄"}, {AnnotationKind::kPlace, "台北市"}, {AnnotationKind::kPlace, "新竹縣"},
             {AnnotationKind::kQuantity, "新台幣50億元"}, {AnnotationKind::kQuantity, "400家"},
             {AnnotationKind::kQuantity, "三千萬人次"}, {AnnotationKind::kQuantity, "14.5%"},
             {AnnotationKind::kDate, "2026年3月12日"}, {AnnotationKind::kDate, "2028年第二季"},
             {AnnotationKind::kDate, "去年"}});
  const Annotation* money = FindAnnotation(text, analysis.annotations, AnnotationKind::kQuantity, "新台幣50億元");
  EXPECT_DOUBLE_EQ(money->value, 5e9);
  EXPECT_EQ(U8(money->normalized), "TWD");
  EXPECT_DOUBLE_EQ(FindAnnotation(text, analysis.annotations, AnnotationKind::kQuantity, "三千萬人次")->value, 3e7);
  EXPECT_EQ(U8(FindAnnotation(text, analysis.annotations, AnnotationKind::kDate, "2026年3月12日")->normalized),
            "2026-03-12");
  EXPECT_EQ(U8(FindAnnotation(text, analysis.annotations, AnnotationKind::kDate, "2028年第二季")->normalized),
            "2028-Q2");
  const Annotation* opening =
      FindAnnotation(text, analysis.annotations, AnnotationKind::kQuotation, "「高雄新廠將在2026年3月12日正式量產。」");
  ASSERT_NE(opening, nullptr);
  EXPECT_EQ(SpeakerOf(text, *opening), "魏哲家");
  const Annotation* later = FindAnnotation(text, analysis.annotations, AnnotationKind::kQuotation, "「我們不會停下腳步。」");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(SpeakerOf(text, *later), "魏哲家");
  ExpectNoNamesAfter(text, analysis, "本文版權所有");
  EXPECT_EQ(analysis.language.language, Language::kZhHant);
}

TEST(Annotator, FindsEveryItemInSimplifiedChineseArticle) {
  const std::u16string text = U16(ReadFileOrEmpty(FixturePath("zh-hans_news.txt")));
  ASSERT_FALSE(text.empty());
  const Analysis analysis = AnalyzeOrDie(text);
  ExpectWellFormed(text, analysis);
  ExpectAll(text, analysis,
            {{AnnotationKind::kPerson, "张建国"}, {AnnotationKind::kPerson, "王丽华"},
             {AnnotationKind::kOrganization, "星河汽车集团"}, {AnnotationKind::kOrganization, "国家统计局"},
             {AnnotationKind::kPlace, "东南亚"}, {AnnotationKind::kPlace, "新加坡"}, {AnnotationKind::kPlace, "深圳市"},
             {AnnotationKind::kPlace, "杭州市"}, {AnnotationKind::kQuantity, "9000亿元"},
             {AnnotationKind::kQuantity, "1.25万元"}, {AnnotationKind::kQuantity, "30%"},
             {AnnotationKind::kQuantity, "500名"}, {AnnotationKind::kDate, "2025年11月5日"},
             {AnnotationKind::kDate, "2027年第三季度"}});
  EXPECT_DOUBLE_EQ(FindAnnotation(text, analysis.annotations, AnnotationKind::kQuantity, "9000亿元")->value, 9e11);
  EXPECT_DOUBLE_EQ(FindAnnotation(text, analysis.annotations, AnnotationKind::kQuantity, "1.25万元")->value, 12500);
  EXPECT_EQ(U8(FindAnnotation(text, analysis.annotations, AnnotationKind::kDate, "2027年第三季度")->normalized),
            "2027-Q3");
  const Annotation* quote = nullptr;
  for (const Annotation& a : analysis.annotations) {
    if (a.kind == AnnotationKind::kQuotation) quote = &a;
  }
  ASSERT_NE(quote, nullptr);
  EXPECT_EQ(SpeakerOf(text, *quote), "张建国");
  ExpectNoNamesAfter(text, analysis, "免责声明");
  EXPECT_EQ(analysis.language.language, Language::kZhHans);
}

TEST(Annotator, FindsEveryItemInEnglishArticle) {
  const std::u16string text = U16(ReadFileOrEmpty(FixturePath("en_news.txt")));
  ASSERT_FALSE(text.empty());
  const Analysis analysis = AnalyzeOrDie(text);
  ExpectWellFormed(text, analysis);
  ExpectAll(text, analysis,
            {{AnnotationKind::kPerson, "Maria Lopez"}, {AnnotationKind::kPerson, "Lopez"},
             {AnnotationKind::kOrganization, "Brightline Energy Inc."},
             {AnnotationKind::kOrganization, "Federal Energy Regulatory Administration"},
             {AnnotationKind::kOrganization, "Harbor Capital"}, {AnnotationKind::kPlace, "Arizona"},
             {AnnotationKind::kPlace, "Phoenix"}, {AnnotationKind::kPlace, "Texas"},
             {AnnotationKind::kPlace, "California"}, {AnnotationKind::kQuantity, "400-megawatt"},
             {AnnotationKind::kQuantity, "$1.2 billion"}, {AnnotationKind::kQuantity, "14.5%"},
             {AnnotationKind::kQuantity, "200,000 homes"}, {AnnotationKind::kDate, "Tuesday"},
             {AnnotationKind::kDate, "March 4"}, {AnnotationKind::kDate, "mid-2027"}, {AnnotationKind::kDate, "2024"},
             {AnnotationKind::kDate, "September 2026"}});
  const Annotation* billion = FindAnnotation(text, analysis.annotations, AnnotationKind::kQuantity, "$1.2 billion");
  EXPECT_DOUBLE_EQ(billion->value, 1.2e9);
  EXPECT_EQ(U8(billion->normalized), "USD");
  EXPECT_EQ(U8(FindAnnotation(text, analysis.annotations, AnnotationKind::kQuantity, "400-megawatt")->normalized), "MW");
  EXPECT_EQ(U8(FindAnnotation(text, analysis.annotations, AnnotationKind::kDate, "mid-2027")->normalized), "2027-mid");
  EXPECT_EQ(U8(FindAnnotation(text, analysis.annotations, AnnotationKind::kDate, "March 4")->normalized), "--03-04");
  const Annotation* first = FindAnnotation(text, analysis.annotations, AnnotationKind::kQuotation,
                                           "\"This project will power 200,000 homes by mid-2027,\"");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(SpeakerOf(text, *first), "Maria Lopez");
  const Annotation* second = FindAnnotation(text, analysis.annotations, AnnotationKind::kQuotation, "\"We are thrilled,\"");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(SpeakerOf(text, *second), "Lopez");
  ExpectNoNamesAfter(text, analysis, "Copyright 2026");
  EXPECT_EQ(analysis.language.language, Language::kEnglish);
}

TEST(Annotator, FindsTheSeedArticleItems) {
  // ../shared/eval next to the repository, or $PRECIS_EVAL_DIR (as scripts/eval/run.js).
  const char* eval_dir = std::getenv("PRECIS_EVAL_DIR");
  const std::string dir = eval_dir ? eval_dir : std::string(PRECIS_SOURCE_DIR) + "/../shared/eval";
  const std::string bytes = ReadFileOrEmpty(dir + "/articles/seed_zh-hant_ai-race.txt");
  if (bytes.empty()) GTEST_SKIP() << dir << "/articles/seed_zh-hant_ai-race.txt is absent: skipping the seed article";
  const std::u16string text = U16(bytes);
  const Analysis analysis = AnalyzeOrDie(text);
  ExpectWellFormed(text, analysis);
  ExpectAll(text, analysis,
            {{AnnotationKind::kPerson, "黃仁勛"}, {AnnotationKind::kOrganization, "英偉達"},
             {AnnotationKind::kQuantity, "9000億元"}, {AnnotationKind::kQuantity, "5000家"},
             {AnnotationKind::kQuantity, "400家"}, {AnnotationKind::kDate, "11月5日"}, {AnnotationKind::kDate, "2024年"}});
  const Annotation* opening = nullptr;
  for (const Annotation& a : analysis.annotations) {
    if (a.kind == AnnotationKind::kQuotation) {
      opening = &a;
      break;
    }
  }
  ASSERT_NE(opening, nullptr);
  EXPECT_EQ(U8(text.substr(opening->start, opening->end - opening->start)), "“中國將贏得人工智能競賽”");
  EXPECT_EQ(SpeakerOf(text, *opening), "黃仁勛");
}

TEST(Annotator, NeverCrashesOnOddInput) {
  for (const char* input : {"", "“", "「」", "\"\"\"", "'", "第", "2024年", "$", "1,", "一", "Mr.", "表示",
                            "三千萬萬萬億億兆", "\"a\" said", "CEO", "市"}) {
    const std::u16string text = U16(input);
    const Analysis analysis = AnalyzeOrDie(text);
    ExpectWellFormed(text, analysis);
  }
  const std::u16string lone = u"\xD800“x”\xDC00 2024年";
  ExpectWellFormed(lone, AnalyzeOrDie(lone));
}

}  // namespace
}  // namespace precis
