// Tests of core/src/segment/words/latin_forms.cc: URLs, e-mail addresses, hyphen chains,
// acronyms, C++ and C#, and dash runs.
#include "segment/words/latin_forms.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "words_test_util.h"

namespace precis::segment::words {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

TEST(MergeUrlsAndEmails, KeepsUrlsWholeWithoutTrailingPunctuation) {
  EXPECT_THAT(Words("See https://example.com/a?b=1&c=d, then"), Contains("https://example.com/a?b=1&c=d"));
  EXPECT_THAT(Words("Go to www.example.org."), ElementsAre("Go", "to", "www.example.org", "."));
  EXPECT_THAT(Words("網址是https://example.com/新聞。"), Contains("https://example.com/"));
  EXPECT_EQ(KindOf("at http://a.example/x ok", "http://a.example/x"), TokenKind::kUrl);
}

TEST(MergeUrlsAndEmails, KeepsBracketsThatOpenInsideTheUrl) {
  EXPECT_THAT(Words("(see https://en.example.org/wiki/A_(b))"), Contains("https://en.example.org/wiki/A_(b)"));
}

TEST(MergeUrlsAndEmails, KeepsEmailAddressesWhole) {
  EXPECT_THAT(Words("Write to jane.doe+news@mail.example.com."), Contains("jane.doe+news@mail.example.com"));
  EXPECT_THAT(Words("請寄到service@example.com.tw。"), Contains("service@example.com.tw"));
  EXPECT_EQ(KindOf("mail a.b@example.net now", "a.b@example.net"), TokenKind::kEmail);
}

TEST(MergeUrlsAndEmails, IgnoresAtSignsThatAreNotAddresses) {
  EXPECT_THAT(Words("meet @ noon"), ElementsAre("meet", "@", "noon"));
  EXPECT_NE(KindOf("user@localhost", "user@localhost"), TokenKind::kEmail);  // no dot, no domain
}

TEST(MergeHyphensAcronymsAndDashes, KeepsHyphenatedWordsAndVersionsWhole) {
  EXPECT_THAT(Words("a state-of-the-art design"), Contains("state-of-the-art"));
  EXPECT_THAT(Words("COVID-19 and GPT-4o"), ElementsAre("COVID-19", "and", "GPT-4o"));
  EXPECT_THAT(Words("version 3.12.1 shipped"), Contains("3.12.1"));
}

TEST(MergeHyphensAcronymsAndDashes, KeepsDottedAcronymsWithTheirPeriod) {
  EXPECT_THAT(Words("the U.S. economy"), Contains("U.S."));
  EXPECT_THAT(Words("fruit, e.g. apples"), Contains("e.g."));
}

TEST(MergeHyphensAcronymsAndDashes, KeepsLanguageNamesWithTheirMarks) {
  EXPECT_THAT(Words("用C++與C#寫，F#也行"), ElementsAre("用", "C++", "與", "C#", "寫", "，", "F#", "也", "行"));
  EXPECT_EQ(KindOf("learn C++ now", "C++"), TokenKind::kWord);
  EXPECT_THAT(Words("C++11 and C++17"), ElementsAre("C++11", "and", "C++17"));
  EXPECT_THAT(Words("#AI#話題"), Not(Contains("AI#")));
  // Not a name: a longer word before the marks, or more glued after them.
  EXPECT_THAT(Words("Apple++ and C++x"), Not(Contains("Apple++")));
  EXPECT_THAT(Words("Apple++ and C++x"), Not(Contains("C++")));
}

TEST(MergeHyphensAcronymsAndDashes, JoinsRunsOfDashesAndEllipses) {
  EXPECT_THAT(Words("他說——好……"), ElementsAre("他說", "——", "好", "……"));
}

}  // namespace
}  // namespace precis::segment::words
