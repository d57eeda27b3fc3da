// Tests of core/src/segment/words/standard_cuts.cc: function words cut from ICU's dictionary
// pairs and the regional conventions of the standard style. The sentences are invented.
#include "segment/words/standard_cuts.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "words_test_util.h"

namespace precis::segment::words {
namespace {

using ::testing::Contains;
using ::testing::IsSupersetOf;
using ::testing::Not;

constexpr char kAdverbs[] = "他們也是學生，大家都是朋友。";
constexpr char kParticles[] = "這是他的書，那是新的問題。";
constexpr WordStyle kStandard = WordStyle::kStandard;

TEST(ApplyStandardCuts, CutsAnAdverbFromTheVerbItModifies) {
  const auto words = Words(kAdverbs, kStandard);
  EXPECT_THAT(words, Not(Contains("也是")));
  EXPECT_THAT(words, Not(Contains("都是")));
  EXPECT_THAT(words, Contains("也"));
  EXPECT_THAT(words, Contains("都"));
}

TEST(ApplyStandardCuts, CutsPronounsAndParticlesApart) {
  const auto words = Words(kParticles, kStandard);
  EXPECT_THAT(words, Not(Contains("他的")));
  EXPECT_THAT(words, Not(Contains("新的")));
  EXPECT_THAT(words, Contains("的"));
}

TEST(ApplyStandardCuts, KeepsWordsWhosePartsBindStrongly) {
  // 已經 (already), 為了 (for), 目的 (goal) and 他們 (they) are words, not phrases.
  const auto words = Words("我們已經為了這個目的努力，他們也知道。", kStandard);
  EXPECT_THAT(words, Contains("已經"));
  EXPECT_THAT(words, Contains("為了"));
  EXPECT_THAT(words, Contains("目的"));
  EXPECT_THAT(words, Contains("他們"));
}

TEST(ApplyStandardCuts, LeavesTheRefinedStyleAlone) {
  EXPECT_THAT(Words(kAdverbs), Contains("也是"));
  EXPECT_THAT(Words(kParticles), Contains("他的"));
}

TEST(ApplyStandardCuts, TraditionalTextCutsADeterminerFromItsMeasureWord) {
  const auto words = Words("這個問題每年都有人問。", kStandard);
  EXPECT_THAT(words, Not(Contains("這個")));
  EXPECT_THAT(words, Not(Contains("每年")));
  EXPECT_THAT(words, Contains("個"));
  // Simplified text follows the Peking University standard, which keeps them whole.
  EXPECT_THAT(Words("这个问题每年都有人问。", kStandard), Contains("这个"));
}

TEST(ApplyStandardCuts, SimplifiedTextWritesASurnameApartFromTheGivenName) {
  constexpr char kSimplified[] =
      "记者访问了邱泽锋。邱泽锋表示新款芯片已经量产，邱泽锋说明年还会扩大投资。";
  constexpr char kTraditional[] =
      "記者訪問了邱澤鋒。邱澤鋒表示新款晶片已經量產，邱澤鋒說明年還會擴大投資。";
  const auto simplified = Words(kSimplified, kStandard);
  EXPECT_THAT(simplified, Not(Contains("邱泽锋")));
  EXPECT_THAT(simplified, Contains("泽锋"));
  EXPECT_THAT(Words(kTraditional, kStandard), Contains("邱澤鋒"));
  EXPECT_THAT(Words(kSimplified), Contains("邱泽锋"));  // readers see the name whole
}

TEST(ApplyStandardCuts, CutsJiFromItsMeasureWordInBothScripts) {
  EXPECT_THAT(Words("過了幾年，他寫了幾本書。", kStandard), Not(Contains("幾年")));
  EXPECT_THAT(Words("过了几年，他写了几本书。", kStandard), Not(Contains("几年")));
}

TEST(ApplyStandardCuts, CutsNoSurnameFromAWordThatOnlyStartsLikeOne) {
  // 尤 is a surname, but 尤其 is a word: 尤其是 is no name.
  EXPECT_THAT(Words("大家都很忙，尤其是老师。", kStandard), Not(Contains("其是")));
}

TEST(ApplyStandardCuts, SimplifiedTextKeepsTheIndefiniteYigeWhole) {
  EXPECT_THAT(Words("他是一个学生，有两个朋友。", kStandard), Contains("一个"));
  EXPECT_THAT(Words("他是一個學生，有兩個朋友。", kStandard), Not(Contains("一個")));
}

TEST(ApplyStandardCuts, TraditionalTextKeepsDecadesAndFiscalYearsWhole) {
  EXPECT_THAT(Words("在九十年代與八十四年度的報告中", kStandard), IsSupersetOf({"九十年代", "八十四年度"}));
  EXPECT_THAT(Words("在九十年代与八十四年度的报告中", kStandard), IsSupersetOf({"九十", "年代", "八十四", "年度"}));
}

TEST(DictionaryAssociation, IsSmallForPhrasesAndLargeForWords) {
  const int phrase = DictionaryAssociation(u"也是", /*function_first=*/true);
  const int word = DictionaryAssociation(u"已經", /*function_first=*/true);
  ASSERT_GE(phrase, 0);
  EXPECT_GT(word, phrase);
  EXPECT_EQ(DictionaryAssociation(u"也", true), -1);
  EXPECT_EQ(DictionaryAssociation(u"也是甲乙丙", true), -1);  // not a dictionary word
}

TEST(DominantScript, CountsCharactersOnlyOneScriptUses) {
  EXPECT_EQ(DominantScript(u"這個問題很難"), ChineseScript::kTraditional);
  EXPECT_EQ(DominantScript(u"这个问题很难"), ChineseScript::kSimplified);
  EXPECT_EQ(DominantScript(u"plain text"), ChineseScript::kSimplified);
}

}  // namespace
}  // namespace precis::segment::words
