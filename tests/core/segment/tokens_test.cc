#include "segment/tokens.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::segment {
namespace {

using precis::testing::Slices;
using precis::testing::U16;
using ::testing::ElementsAre;

std::vector<Token> TokenizeOrDie(const std::u16string& text) {
  std::unique_ptr<Tokenizer> tokenizer;
  EXPECT_TRUE(Tokenizer::Create(&tokenizer).ok());
  std::vector<Token> tokens;
  EXPECT_TRUE(tokenizer->Tokenize(text, WordStyle::kRefined, &tokens).ok());
  return tokens;
}

std::vector<TokenKind> Kinds(const std::vector<Token>& tokens) {
  std::vector<TokenKind> kinds;
  for (const Token& token : tokens) kinds.push_back(token.kind);
  return kinds;
}

TEST(Tokenizer, ClassifiesLatinNumbersPunctuationAndSpace) {
  std::u16string text = U16("Hello, 3.5 world!");
  auto tokens = TokenizeOrDie(text);
  EXPECT_THAT(Slices(text, tokens), ElementsAre("Hello", ",", " ", "3.5", " ", "world", "!"));
  EXPECT_THAT(Kinds(tokens),
              ElementsAre(TokenKind::kWord, TokenKind::kPunctuation, TokenKind::kWhitespace,
                          TokenKind::kNumber, TokenKind::kWhitespace, TokenKind::kWord,
                          TokenKind::kPunctuation));
}

TEST(Tokenizer, SegmentsChineseWithTheDictionary) {
  std::u16string text = U16("我們喜歡學習中文。");
  auto tokens = TokenizeOrDie(text);
  EXPECT_THAT(Slices(text, tokens), ElementsAre("我們", "喜歡", "學習", "中文", "。"));
  EXPECT_EQ(tokens[0].kind, TokenKind::kIdeographic);
  EXPECT_EQ(tokens.back().kind, TokenKind::kPunctuation);
}

TEST(Tokenizer, MarksKanaAndSymbols) {
  std::u16string text = U16("カタカナ😀");
  auto tokens = TokenizeOrDie(text);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kKana);
  EXPECT_EQ(tokens[1].kind, TokenKind::kSymbol);
  EXPECT_EQ(tokens[1].end - tokens[1].start, 2u);
}

TEST(Tokenizer, GivesEveryTokenButWhitespaceANormalizedKey) {
  std::u16string text = U16("黃仁勛 ＡＩ");
  auto tokens = TokenizeOrDie(text);
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kWhitespace) {
      EXPECT_TRUE(token.key.empty());
    } else {
      EXPECT_FALSE(token.key.empty());
    }
  }
  EXPECT_EQ(tokens.back().key, u"ai");
  std::u16string keys;
  for (const Token& token : tokens) keys += token.key;
  EXPECT_EQ(keys, U16("黄仁勋ai"));
}

TEST(Tokenizer, EmptyTextHasNoTokens) { EXPECT_TRUE(TokenizeOrDie(u"").empty()); }

}  // namespace
}  // namespace precis::segment
