// Tests of core/src/segment/words/suffixes.cc: the suffix 化.
#include "segment/words/suffixes.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "words_test_util.h"

namespace precis::segment::words {
namespace {

using ::testing::Contains;

TEST(MergeSuffixes, JoinsHuaToTheWordBeforeIt) {
  EXPECT_THAT(Words("推動產業化和現代化"), Contains("產業化"));
  EXPECT_THAT(Words("推动产业化和现代化"), Contains("现代化"));
}

TEST(MergeSuffixes, LeavesHuaAfterASingleCharacterAlone) {
  EXPECT_THAT(Words("文化很重要"), Contains("文化"));
}

}  // namespace
}  // namespace precis::segment::words
