// Keyphrases of whole articles: subject terms first, never numbers, dates or function words,
// every occurrence's span slicing to a variant of the phrase.
#include "rank/keyphrases.h"

#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "lexicon/term_key.h"
#include "test_articles.h"

namespace precis {
namespace {

using testing::AnalyzeOrDie;
using testing::ReadArticle;
using testing::U8;

std::vector<std::string> Top(const Analysis& analysis, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n && i < analysis.keyphrases.size(); ++i) out.push_back(U8(analysis.keyphrases[i].text));
  return out;
}

bool HoldsDigit(const std::string& s) { return std::any_of(s.begin(), s.end(), ::isdigit); }

TEST(Keyphrases, TraditionalChineseArticleLeadsWithItsSubject) {
  const Analysis analysis = AnalyzeOrDie(ReadArticle("harbor-ferry.zh-Hant.txt"));
  const auto top = Top(analysis, 5);
  EXPECT_THAT(top, ::testing::Contains("渡輪"));
  EXPECT_THAT(top, ::testing::Contains("電池渡輪"));
  EXPECT_THAT(Top(analysis, 10), ::testing::Contains("林文華"));
}

TEST(Keyphrases, SimplifiedChineseArticleLeadsWithItsSubject) {
  const Analysis analysis = AnalyzeOrDie(ReadArticle("river-cleanup.zh-Hans.txt"));
  const auto top = Top(analysis, 5);
  EXPECT_THAT(top, ::testing::Contains("青河"));
  EXPECT_THAT(Top(analysis, 10), ::testing::Contains("赵明远"));
  EXPECT_THAT(Top(analysis, 10), ::testing::Contains("生态修复"));
}

TEST(Keyphrases, EnglishArticleLeadsWithItsSubjectAndKeepsNames) {
  const Analysis analysis = AnalyzeOrDie(ReadArticle("solar-library.en.txt"));
  const auto top = Top(analysis, 5);
  EXPECT_THAT(top, ::testing::Contains("library"));
  EXPECT_THAT(top, ::testing::Contains("solar"));
  EXPECT_THAT(top, ::testing::Contains("Okafor"));
}

TEST(Keyphrases, NeverNumbersDatesOrFunctionWords) {
  for (const char* name : {"harbor-ferry.zh-Hant.txt", "river-cleanup.zh-Hans.txt", "solar-library.en.txt"}) {
    const Analysis analysis = AnalyzeOrDie(ReadArticle(name));
    ASSERT_FALSE(analysis.keyphrases.empty()) << name;
    for (const Keyphrase& k : analysis.keyphrases) {
      const std::string text = U8(k.text);
      EXPECT_FALSE(HoldsDigit(text)) << name << ": " << text;
      for (const char* unwanted : {"的", "了", "Tuesday", "the", "and", "dollars", "明年", "我們"}) {
        EXPECT_NE(text, unwanted) << name;
      }
    }
  }
}

TEST(Keyphrases, OccurrencesSliceToTheSameKey) {
  const std::u16string text = ReadArticle("harbor-ferry.zh-Hant.txt");
  const Analysis analysis = AnalyzeOrDie(text);
  for (const Keyphrase& k : analysis.keyphrases) {
    ASSERT_FALSE(k.occurrences.empty());
    for (const Span& span : k.occurrences) {
      ASSERT_LE(span.end, text.size());
      // A phrase's parts may be separated by a space in English, never in Chinese.
      EXPECT_EQ(lexicon::TermKey(text.substr(span.start, span.end - span.start)), lexicon::TermKey(k.text));
    }
  }
  EXPECT_DOUBLE_EQ(analysis.keyphrases[0].score, 1.0);
}

TEST(Keyphrases, OccurrencesOfARepeatedTermNeverOverlap) {
  // A sound word repeats one character: in 嘩嘩嘩嘩嘩嘩 a phrase 嘩嘩 may occur at 0, 2 and 4,
  // never also at 1 and 3 (the fuzzer found such overlapping occurrences).
  const Analysis analysis = AnalyzeOrDie(testing::U16(
      "嘩嘩嘩嘩嘩嘩，浪來了。嘩嘩嘩嘩，浪走了。"));
  ASSERT_FALSE(analysis.keyphrases.empty());
  for (const Keyphrase& k : analysis.keyphrases) {
    for (size_t i = 1; i < k.occurrences.size(); ++i) {
      EXPECT_LE(k.occurrences[i - 1].end, k.occurrences[i].start) << U8(k.text) << " occurrence " << i;
    }
  }
}

TEST(Keyphrases, TraditionalAndSimplifiedSpellingsAreOneTerm) {
  const Analysis analysis = AnalyzeOrDie(testing::U16(
      "電池渡輪今天啟用。电池渡轮很安静。電池渡輪的票價不變。乘客喜歡电池渡轮。"));
  ASSERT_FALSE(analysis.keyphrases.empty());
  EXPECT_EQ(analysis.keyphrases[0].occurrences.size(), 4u) << U8(analysis.keyphrases[0].text);
}

// An English story of our own with the usual traps: a title-case headline with a verb, times
// of day, vague adverbs, contractions with curly apostrophes, possessives and number words.
const char kNightMarket[] =
    "Riverside Council Opens a Night Market\n\n"
    "The Riverside night market will open every Friday from 6 p.m. to 11 p.m., the council said. "
    "Stall holders from the old fish market will sell street food beside the canal. "
    "\u201cWe\u2019ve waited years for this,\u201d said Dana Whitlock, who runs a noodle stall. "
    "Whitlock\u2019s stall was late to open last summer, but she\u2019s ready now. "
    "Residents near the canal worry about late noise, and the council\u2019s plan sets six quiet hours. "
    "Dana Whitlock thinks the street food will draw families to the canal. "
    "The council never closed the old fish market, and stall holders can\u2019t wait to move. "
    "Street food vendors will pay a small fee to the council.";

TEST(Keyphrases, EnglishKeepsNamesAndPhrasesButNoTimesAdverbsOrHeadlineVerbs) {
  const std::u16string text = testing::U16(kNightMarket);
  const Analysis analysis = AnalyzeOrDie(text);
  std::vector<std::string> all;
  for (const Keyphrase& k : analysis.keyphrases) all.push_back(U8(k.text));
  const auto top = Top(analysis, 8);
  EXPECT_THAT(top, ::testing::AnyOf(::testing::Contains("Whitlock"), ::testing::Contains("Dana Whitlock")));
  EXPECT_THAT(top, ::testing::Contains("street food"));
  EXPECT_THAT(top, ::testing::Contains("canal"));
  for (const char* unwanted : {"p.m.", "p.m", "late", "Opens", "opens", "never", "thinks", "six",
                               "hours", "We\u2019ve", "she\u2019s", "can\u2019t", "Whitlock\u2019s",
                               "council\u2019s"}) {
    EXPECT_THAT(all, ::testing::Not(::testing::Contains(unwanted))) << unwanted;
  }
  // A possessive's span stops before the 's.
  for (const Keyphrase& k : analysis.keyphrases) {
    for (const Span& span : k.occurrences) {
      const std::u16string form = text.substr(span.start, span.end - span.start);
      EXPECT_FALSE(form.size() > 2 && form.back() == u's' && form[form.size() - 2] == u'\u2019') << U8(form);
    }
  }
}

}  // namespace
}  // namespace precis
