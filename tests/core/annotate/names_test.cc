// People, organizations and places in Chinese and English, through the whole analysis.
#include <gtest/gtest.h>

#include "annotation_test_util.h"

namespace precis {
namespace {

using testing::AnalyzeOrDie;
using testing::FindAnnotation;
using testing::U16;

bool Has(const std::string& utf8, AnnotationKind kind, const std::string& name) {
  const std::u16string text = U16(utf8);
  const Analysis analysis = AnalyzeOrDie(text);
  return FindAnnotation(text, analysis.annotations, kind, name) != nullptr;
}

TEST(ChineseNames, ConfirmsPeopleByTitleVerbOrRecurrence) {
  EXPECT_TRUE(Has("總經理劉文傑指出，營收成長。", AnnotationKind::kPerson, "劉文傑"));
  EXPECT_TRUE(Has("會後，吳嘉玲強調會持續投資。吳嘉玲也是創辦人。", AnnotationKind::kPerson, "吳嘉玲"));
  EXPECT_TRUE(Has("王建文先生今天到場。", AnnotationKind::kPerson, "王建文"));
}

TEST(ChineseNames, FindsOrganizationsBySuffixAndTitle) {
  EXPECT_TRUE(Has("，交通部宣布新措施。", AnnotationKind::kOrganization, "交通部"));
  EXPECT_TRUE(Has("據長榮航空公司統計，", AnnotationKind::kOrganization, "長榮航空公司"));
  EXPECT_TRUE(Has("——藍海CEO王志強說", AnnotationKind::kOrganization, "藍海"));
}

TEST(ChineseNames, LeavesCommonWordsAlone) {
  const std::u16string text = U16("全球格局改變，全部內部資料顯示科技公司在城市中成長。");
  const Analysis analysis = AnalyzeOrDie(text);
  for (const Annotation& a : analysis.annotations) {
    EXPECT_NE(a.kind, AnnotationKind::kOrganization) << testing::U8(text.substr(a.start, a.end - a.start));
    EXPECT_NE(a.kind, AnnotationKind::kPerson) << testing::U8(text.substr(a.start, a.end - a.start));
  }
}

TEST(ChineseNames, FindsPlacesByGazetteerAndSuffix) {
  EXPECT_TRUE(Has("他在台中市工作，常去日本。", AnnotationKind::kPlace, "台中市"));
  EXPECT_TRUE(Has("他在台中市工作，常去日本。", AnnotationKind::kPlace, "日本"));
}

TEST(EnglishNames, FindsPeopleOrganizationsAndPlaces) {
  const std::string text =
      "Acme Corp. chief executive Dana Whitfield said the plant in Ohio will open. Whitfield added that "
      "the Ministry of Energy and NASA agreed. NASA declined to comment.";
  EXPECT_TRUE(Has(text, AnnotationKind::kPerson, "Dana Whitfield"));
  EXPECT_TRUE(Has(text, AnnotationKind::kPerson, "Whitfield"));
  EXPECT_TRUE(Has(text, AnnotationKind::kOrganization, "Acme Corp."));
  EXPECT_TRUE(Has(text, AnnotationKind::kOrganization, "Ministry of Energy"));
  EXPECT_TRUE(Has(text, AnnotationKind::kOrganization, "NASA"));
  EXPECT_TRUE(Has(text, AnnotationKind::kPlace, "Ohio"));
}

TEST(EnglishNames, AnInstitutionThatAnnouncesIsNoPerson) {
  // A speech verb after the run would make it a person; its last word says otherwise.
  const std::string text =
      "The Maple Grove Public Library announced longer hours. Volunteers met on Birch Avenue near "
      "Maple Grove Town Hall, and residents of Maple Grove Town welcomed it.";
  EXPECT_TRUE(Has(text, AnnotationKind::kOrganization, "Maple Grove Public Library"));
  EXPECT_FALSE(Has(text, AnnotationKind::kPerson, "Maple Grove Public Library"));
  EXPECT_FALSE(Has(text, AnnotationKind::kPerson, "Library"));
  EXPECT_TRUE(Has(text, AnnotationKind::kPlace, "Birch Avenue"));
  EXPECT_TRUE(Has(text, AnnotationKind::kPlace, "Maple Grove Town"));
}

TEST(EnglishNames, SplitsAnOrganizationFromItsTitledPerson) {
  const std::string text = "Nvidia CEO Jensen Huang spoke.";
  EXPECT_TRUE(Has(text, AnnotationKind::kOrganization, "Nvidia"));
  EXPECT_TRUE(Has(text, AnnotationKind::kPerson, "Jensen Huang"));
}

}  // namespace
}  // namespace precis
