// Helpers for the word-refinement tests: tokenize with a word style and list the non-space
// pieces, checking on the way that the tokens tile the text.
#ifndef PRECIS_TESTS_CORE_SEGMENT_WORDS_WORDS_TEST_UTIL_H_
#define PRECIS_TESTS_CORE_SEGMENT_WORDS_WORDS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../../test_text.h"
#include "segment/tokens.h"

namespace precis::segment::words {

inline std::vector<Token> TokensOf(const std::u16string& text, WordStyle style = WordStyle::kRefined) {
  std::unique_ptr<Tokenizer> tokenizer;
  EXPECT_TRUE(Tokenizer::Create(&tokenizer).ok());
  std::vector<Token> tokens;
  EXPECT_TRUE(tokenizer->Tokenize(text, style, &tokens).ok());
  uint32_t position = 0;
  for (const Token& token : tokens) {
    EXPECT_EQ(token.start, position) << "tokens must tile the text";
    EXPECT_LT(token.start, token.end);
    position = token.end;
  }
  EXPECT_EQ(position, text.size());
  return tokens;
}

// The non-whitespace tokens of `utf8`, as UTF-8 strings.
inline std::vector<std::string> Words(const std::string& utf8, WordStyle style = WordStyle::kRefined) {
  const std::u16string text = precis::testing::U16(utf8);
  std::vector<std::string> out;
  for (const Token& token : TokensOf(text, style)) {
    if (token.kind != TokenKind::kWhitespace) {
      out.push_back(precis::testing::U8(text.substr(token.start, token.end - token.start)));
    }
  }
  return out;
}

// The kind of the first token whose text is `word`.
inline TokenKind KindOf(const std::string& utf8, const std::string& word) {
  const std::u16string text = precis::testing::U16(utf8);
  for (const Token& token : TokensOf(text)) {
    if (precis::testing::U8(text.substr(token.start, token.end - token.start)) == word) return token.kind;
  }
  ADD_FAILURE() << word << " is not a token of " << utf8;
  return TokenKind::kOther;
}

}  // namespace precis::segment::words

#endif  // PRECIS_TESTS_CORE_SEGMENT_WORDS_WORDS_TEST_UTIL_H_
