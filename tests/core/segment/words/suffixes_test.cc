// Tests of core/src/segment/words/suffixes.cc: the suffix 化 and the standard style's noun suffixes.
#include "segment/words/suffixes.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "words_test_util.h"

namespace precis::segment::words {
namespace {

using ::testing::Contains;
using ::testing::Not;

TEST(MergeSuffixes, JoinsHuaToTheWordBeforeIt) {
  EXPECT_THAT(Words("推動產業化和現代化"), Contains("產業化"));
  EXPECT_THAT(Words("推动产业化和现代化"), Contains("现代化"));
}

TEST(MergeSuffixes, LeavesHuaAfterASingleCharacterAlone) {
  EXPECT_THAT(Words("文化很重要"), Contains("文化"));
}

TEST(MergeNounSuffixes, JoinsPlaceFieldAndRateSuffixesInTheStandardStyle) {
  const auto words = Words("花蓮市的觀光業成長率很高。", WordStyle::kStandard);
  EXPECT_THAT(words, Contains("花蓮市"));
  EXPECT_THAT(words, Contains("觀光業"));
  EXPECT_THAT(words, Contains("成長率"));
}

TEST(MergeNounSuffixes, JoinsIsmToTheWordBeforeIt) {
  EXPECT_THAT(Words("他研究浪漫主義。", WordStyle::kStandard), Contains("浪漫主義"));
  EXPECT_THAT(Words("他研究浪漫主义。", WordStyle::kStandard), Contains("浪漫主义"));
}

TEST(MergeNounSuffixes, LeavesTheRefinedStyleAsIcuCutIt) {
  EXPECT_THAT(Words("花蓮市的觀光業成長率很高。"), Not(Contains("觀光業")));
}

}  // namespace
}  // namespace precis::segment::words
