// Stop words of the three languages, looked up by key.
#include "lexicon/stop_words.h"

#include <gtest/gtest.h>

namespace precis::lexicon {
namespace {

TEST(StopWords, KnowsFunctionWordsOfChineseEnglishAndJapanese) {
  for (std::u16string_view word : {u"的", u"我们", u"我們", u"the", u"which", u"です", u"これ", u"星期一", u"friday"}) {
    EXPECT_TRUE(IsStopWord(word)) << std::string(word.begin(), word.end()).size();
  }
}

TEST(StopWords, LeavesContentWordsAlone) {
  for (std::u16string_view word : {u"渡轮", u"电池", u"library", u"solar", u"東京"}) {
    EXPECT_FALSE(IsStopWord(word));
  }
}

}  // namespace
}  // namespace precis::lexicon
