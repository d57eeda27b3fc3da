// Word costs from ICU's CJK dictionary: common words cost less than rare ones.
#include "lexicon/cjk_dictionary.h"

#include <gtest/gtest.h>

#include "lexicon/term_prior.h"

namespace precis::lexicon {
namespace {

TEST(CjkDictionary, CommonWordsCostLessThanRareOnes) {
  const int common = CjkWordCost(u"中国");
  const int rare = CjkWordCost(u"监管");
  ASSERT_GT(common, 0);
  ASSERT_GT(rare, 0);
  EXPECT_LT(common, rare);
  EXPECT_LT(CjkWordCost(u"的"), common);
}

TEST(CjkDictionary, UnknownWordsHaveNoCost) {
  EXPECT_EQ(CjkWordCost(u"青河治理"), -1);
  EXPECT_EQ(CjkWordCost(u""), -1);
  EXPECT_EQ(CjkWordCost(u"abc"), -1);
}

TEST(TermPrior, RareWordsWeighMoreThanCommonOnes) {
  EXPECT_LT(TermPrior(u"中国"), TermPrior(u"监管"));
  EXPECT_LT(TermPrior(u"house"), TermPrior(u"photovoltaic"));
  EXPECT_LT(TermPrior(u"government"), TermPrior(u"okafor"));
}

TEST(CjkWordCost, RanksCommonWordsBelowRareOnes) {
  const int de = CjkWordCost(u"的");
  const int rare = CjkWordCost(u"勛");
  ASSERT_GE(de, 0);
  ASSERT_GE(rare, 0);
  EXPECT_LT(de, rare);
}

TEST(CjkWordCost, FindsWordsAndRejectsNonWords) {
  EXPECT_GE(CjkWordCost(u"中國"), 0);
  EXPECT_EQ(CjkWordCost(u"邱澤鋒"), -1);
  EXPECT_EQ(CjkWordCost(u""), -1);
  EXPECT_EQ(CjkWordCost(u"hello"), -1);
}

}  // namespace
}  // namespace precis::lexicon
