// Tests of core/src/segment/words/folded_pairs.cc: Traditional pairs that the dictionary knows
// only in Simplified spelling.
#include "segment/words/folded_pairs.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "words_test_util.h"

namespace precis::segment::words {
namespace {

using ::testing::Contains;
using ::testing::Not;

TEST(MergeFoldedPairs, JoinsAPairTheDictionaryKnowsOnlyInSimplified) {
  EXPECT_THAT(Words("老師把學生分組。", WordStyle::kIcu), Not(Contains("分組")));
  EXPECT_THAT(Words("老師把學生分組。"), Contains("分組"));
  // Mixed spelling, as converted articles have it: 出臺 for 出台.
  EXPECT_THAT(Words("政府出臺新政策。"), Contains("出臺"));
}

TEST(MergeFoldedPairs, RecutsThreeCharactersAroundAFoldedPair) {
  // 寬松 is 宽松 with a Simplified 松 left by a converter; ICU reads 更寬|松.
  EXPECT_THAT(Words("更寬松的環境", WordStyle::kIcu), Not(Contains("寬松")));
  EXPECT_THAT(Words("更寬松的環境"), Contains("寬松"));
}

TEST(MergeFoldedPairs, LeavesSimplifiedTextAndFunctionWordsAlone) {
  EXPECT_THAT(Words("老师把学生分组。"), Contains("分组"));  // the dictionary's own word
  EXPECT_THAT(Words("會議約在下午三點。"), Not(Contains("約在")));
}

}  // namespace
}  // namespace precis::segment::words
