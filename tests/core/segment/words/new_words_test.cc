// Tests of core/src/segment/words/new_words.cc: in-document discovery of names and terms.
// The fixtures are invented: a person no dictionary knows (邱澤鋒) in both scripts.
#include "segment/words/new_words.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "words_test_util.h"

namespace precis::segment::words {
namespace {

using ::testing::Contains;
using ::testing::Not;

constexpr char kTraditional[] =
    "記者昨天訪問了邱澤鋒。邱澤鋒表示，公司的新款晶片已經量產，邱澤鋒說明年還會擴大投資。"
    "分析師認為，邱澤鋒的判斷相當大膽。";
constexpr char kSimplified[] =
    "记者昨天访问了邱泽锋。邱泽锋表示，新款芯片已经量产。邱泽锋说明年还会扩大投资，分析师认为邱泽锋很大胆。";

TEST(MergeNewWords, IcuAloneBreaksTheInventedName) {
  EXPECT_THAT(Words(kTraditional, WordStyle::kIcu), Not(Contains("邱澤鋒")));
}

TEST(MergeNewWords, JoinsANameThatRecursWithFreeBoundaries) {
  EXPECT_THAT(Words(kTraditional), Contains("邱澤鋒"));
  EXPECT_THAT(Words(kSimplified), Contains("邱泽锋"));
}

TEST(MergeNewWords, NeedsTheNameToRecur) {
  EXPECT_THAT(Words("記者昨天訪問了邱澤鋒，談到明年的計畫。"), Not(Contains("邱澤鋒")));
}

TEST(MergeNewWords, CountsTraditionalAndSimplifiedSpellingsTogether) {
  // Once in each script: only counted together do they recur.
  EXPECT_THAT(Words("邱澤鋒說，明年擴大投資。分析師認為邱泽锋很大膽。"), Contains("邱澤鋒"));
}

TEST(MergeNewWords, DoesNotJoinCommonWordsToTheirNeighbours) {
  // 新 and 的 stand alone as words everywhere; a recurring 新|世紀 is two words.
  const auto words = Words("新世紀來了。我們迎接新世紀，新世紀的希望在前方。新的一年，新的開始。");
  EXPECT_THAT(words, Not(Contains("新世紀")));
}

TEST(MergeNewWords, JoinsACommonCharacterIntoANameWithARareOne) {
  // 金 alone is a common word (cost 57), 蔺 a rare one: 蔺金 is a name all the same.
  constexpr char kText[] =
      "記者昨天訪問了蔺金。蔺金表示，公司的新款晶片已經量產，明年還會擴大投資。分析師認為，蔺金的判斷相當大膽。";
  EXPECT_THAT(Words(kText, WordStyle::kIcu), Not(Contains("蔺金")));
  EXPECT_THAT(Words(kText), Contains("蔺金"));
}

TEST(MergeNewWords, JoinsNoFunctionWordIntoANameWithARareOne) {
  // 是 and 說 are common and function words: they stay apart from the rare 蔺 and 湄.
  constexpr char kText[] =
      "問題是湄潭。答案是湄潭。湄潭說了算。他說是湄潭，她也說是湄潭。";
  for (const char* word : {"是湄潭", "是湄", "湄潭說"}) EXPECT_THAT(Words(kText), Not(Contains(word)));
}

TEST(MergeNewWords, LeavesDictionaryWordsSideBySide) {
  const auto words = Words("中國人民很努力。中國人民的生活，中國人民的希望。");
  EXPECT_THAT(words, Not(Contains("中國人民")));
}

TEST(MergeNewWords, StandardStyleJoinsNoLoneModifierToACommonWord) {
  constexpr char kText[] = "鎮政府今天開會。鎮政府表示，明年將擴建公園，居民支持鎮政府，鎮政府也將增加預算。";
  EXPECT_THAT(Words(kText), Contains("鎮政府"));
  const auto standard = Words(kText, WordStyle::kStandard);
  EXPECT_THAT(standard, Not(Contains("鎮政府")));
  EXPECT_THAT(standard, Contains("政府"));
}

}  // namespace
}  // namespace precis::segment::words
