// Language and script guesses from letter counts.
#include "text/language.h"

#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::text {
namespace {

using testing::U16;

Language Guess(const std::string& utf8) { return GuessLanguage(CountScripts(U16(utf8))).language; }

TEST(GuessLanguage, TellsTraditionalFromSimplified) {
  EXPECT_EQ(Guess("這個國家的經濟發展很快。"), Language::kZhHant);
  EXPECT_EQ(Guess("这个国家的经济发展很快。"), Language::kZhHans);
}

TEST(GuessLanguage, TellsJapaneseEnglishAndOther) {
  EXPECT_EQ(Guess("東京で新しい会社を作りました。"), Language::kJapanese);
  EXPECT_EQ(Guess("The market rose sharply."), Language::kEnglish);
  EXPECT_EQ(Guess("한국어 문장입니다"), Language::kOther);
  EXPECT_EQ(Guess("12345 !!"), Language::kOther);
}

TEST(GuessLanguage, GivesMixedTextToTheScriptCarryingMoreWords) {
  EXPECT_EQ(Guess("英偉達CEO黃仁勛在AI峰會上發言。"), Language::kZhHant);
}

TEST(DetectLanguages, GuessesEveryParagraph) {
  const std::u16string text = U16("這是繁體中文。\nThis is English.");
  Analysis analysis = testing::AnalyzeOrDie(text);
  ASSERT_EQ(analysis.paragraph_languages.size(), 2u);
  EXPECT_EQ(analysis.paragraph_languages[0].language, Language::kZhHant);
  EXPECT_EQ(analysis.paragraph_languages[1].language, Language::kEnglish);
  EXPECT_GT(analysis.language.confidence, 0.0f);
}

}  // namespace
}  // namespace precis::text
