// Tests of core/src/segment/words/dictionary.cc: costs from ICU's CJK dictionary.
#include "segment/words/dictionary.h"

#include <gtest/gtest.h>

namespace precis::segment::words {
namespace {

TEST(DictionaryCost, RanksCommonWordsBelowRareOnes) {
  const int de = DictionaryCost(u"的");
  const int rare = DictionaryCost(u"勛");
  ASSERT_GE(de, 0);
  ASSERT_GE(rare, 0);
  EXPECT_LT(de, rare);
}

TEST(DictionaryCost, FindsWordsAndRejectsNonWords) {
  EXPECT_GE(DictionaryCost(u"中國"), 0);
  EXPECT_EQ(DictionaryCost(u"邱澤鋒"), -1);
  EXPECT_EQ(DictionaryCost(u""), -1);
  EXPECT_EQ(DictionaryCost(u"hello"), -1);
}

}  // namespace
}  // namespace precis::segment::words
