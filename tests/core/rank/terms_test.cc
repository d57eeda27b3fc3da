// Terms: contractions are function words, possessives are the word itself, decades and
// ordinals are numbers, and title-case capitals are no evidence of a name.
#include "rank/terms.h"

#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::rank {
namespace {

bool HasTerm(const DocumentTerms& doc, const char* key) {
  const std::u16string k = testing::U16(key);
  for (const TermInfo& t : doc.terms) {
    if (t.key == k) return true;
  }
  return false;
}

TEST(LatinFunctionForm, DropsContractionsAndKeepsTheWordOfAPossessive) {
  EXPECT_EQ(LatinFunctionForm(u"don't"), u"");
  EXPECT_EQ(LatinFunctionForm(u"i\u2019ve"), u"");
  EXPECT_EQ(LatinFunctionForm(u"they're"), u"");
  EXPECT_EQ(LatinFunctionForm(u"earth's"), u"earth");
  EXPECT_EQ(LatinFunctionForm(u"players'"), u"players");
  EXPECT_EQ(LatinFunctionForm(u"o'neill"), u"o'neill");
  EXPECT_EQ(LatinFunctionForm(u"harbor"), u"harbor");
}

TEST(ExtractTerms, NoContractionsDecadesOrOrdinalsAndPossessivesJoinTheirWord) {
  const std::u16string text = testing::U16(
      "The ferry\u2019s engines date from the 1970s. We\u2019ve sailed on the ferry since its 21st year.");
  const Analysis analysis = testing::AnalyzeOrDie(text);
  const DocumentTerms doc = ExtractTerms(text, analysis);
  EXPECT_TRUE(HasTerm(doc, "ferry"));
  EXPECT_FALSE(HasTerm(doc, "ferry's"));
  EXPECT_FALSE(HasTerm(doc, "ferry\u2019s"));
  EXPECT_FALSE(HasTerm(doc, "1970s"));
  EXPECT_FALSE(HasTerm(doc, "21st"));
  EXPECT_FALSE(HasTerm(doc, "we've"));
  EXPECT_FALSE(HasTerm(doc, "we\u2019ve"));
}

TEST(ExtractTerms, TitleCaseCapitalsAreNoEvidenceOfAName) {
  const std::u16string text = testing::U16(
      "Council Opens Market Beside The Canal\n\nThe market sells fish. Lena Ortiz runs a stall there.");
  const Analysis analysis = testing::AnalyzeOrDie(text);
  const DocumentTerms doc = ExtractTerms(text, analysis);
  int checked = 0;
  for (uint32_t t = 0; t < doc.terms.size(); ++t) {
    if (doc.terms[t].key == u"open") {
      EXPECT_FALSE(doc.IsName(t));
      ++checked;
    }
    if (doc.terms[t].key == u"ortiz") {
      EXPECT_TRUE(doc.IsName(t));
      ++checked;
    }
  }
  EXPECT_EQ(checked, 2);
}

}  // namespace
}  // namespace precis::rank
