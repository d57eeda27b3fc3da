// A fixed word set built from space-separated UTF-8 lists.
#include "lexicon/word_set.h"

#include <gtest/gtest.h>

namespace precis::lexicon {
namespace {

TEST(WordSet, HoldsTheWordsOfEveryList) {
  const WordSet set({"apple pear", "蘋果 梨子 pear"});
  for (std::u16string_view word : {u"apple", u"pear", u"蘋果", u"梨子"}) {
    EXPECT_TRUE(set.Contains(word));
  }
  for (std::u16string_view word : {u"", u"app", u"apple pear", u"蘋", u"Apple"}) {
    EXPECT_FALSE(set.Contains(word));
  }
}

TEST(WordSet, IgnoresEmptyWordsBetweenSpaces) {
  const WordSet set({" one  two ", ""});
  EXPECT_TRUE(set.Contains(u"one"));
  EXPECT_TRUE(set.Contains(u"two"));
  EXPECT_FALSE(set.Contains(u""));
  EXPECT_FALSE(set.Contains(u" "));
}

}  // namespace
}  // namespace precis::lexicon
