// Tests of AnalysisScope in core/src/analyzer.cc: the lighter paths return what the full
// analysis returns for the parts they run, and nothing else.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "precis/analyzer.h"
#include "test_text.h"

namespace precis {
namespace {

using testing::U16;

const std::u16string& Article() {
  static const std::u16string* text = new std::u16string(U16(
      "黃仁勛表示，英偉達的新款芯片已經量產。2024年營收突破9000億元！\n\n"
      "“我們會繼續投資。”他說。Mr. Smith arrived at 10:30 a.m. on Tuesday.\n"));
  return *text;
}

Analysis AnalyzeWith(AnalysisScope scope, WordStyle words = WordStyle::kRefined) {
  Options options;
  options.scope = scope;
  options.words = words;
  Analysis analysis;
  EXPECT_TRUE(Analyze(Article(), options, &analysis).ok());
  return analysis;
}

void ExpectSameTokens(const std::vector<Token>& a, const std::vector<Token>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].start, b[i].start) << i;
    EXPECT_EQ(a[i].end, b[i].end) << i;
    EXPECT_EQ(a[i].kind, b[i].kind) << i;
    EXPECT_EQ(a[i].key, b[i].key) << i;
  }
}

TEST(AnalysisScope, TokensScopeGivesTheFullAnalysisTokensAndNothingElse) {
  for (WordStyle style : {WordStyle::kIcu, WordStyle::kRefined, WordStyle::kStandard}) {
    const Analysis full = AnalyzeWith(AnalysisScope::kFull, style);
    const Analysis tokens = AnalyzeWith(AnalysisScope::kTokens, style);
    ASSERT_FALSE(tokens.tokens.empty());
    ExpectSameTokens(tokens.tokens, full.tokens);
    EXPECT_TRUE(tokens.paragraphs.empty());
    EXPECT_TRUE(tokens.sentences.empty());
    EXPECT_TRUE(tokens.sentence_scores.empty());
    EXPECT_TRUE(tokens.annotations.empty());
  }
}

TEST(AnalysisScope, TokenSpansScopeGivesTheSameTokensWithoutKeys) {
  for (WordStyle style : {WordStyle::kIcu, WordStyle::kRefined, WordStyle::kStandard}) {
    const Analysis keyed = AnalyzeWith(AnalysisScope::kTokens, style);
    Analysis spans = AnalyzeWith(AnalysisScope::kTokenSpans, style);
    ASSERT_FALSE(spans.tokens.empty());
    for (const Token& token : spans.tokens) EXPECT_TRUE(token.key.empty());
    EXPECT_TRUE(spans.paragraphs.empty());
    for (size_t i = 0; i < spans.tokens.size() && i < keyed.tokens.size(); ++i) spans.tokens[i].key = keyed.tokens[i].key;
    ExpectSameTokens(spans.tokens, keyed.tokens);
  }
}

TEST(AnalyzeTokenSpans, GivesTheTokenSpansScopeTokensAsFlatArrays) {
  for (WordStyle style : {WordStyle::kIcu, WordStyle::kRefined, WordStyle::kStandard}) {
    const Analysis analysis = AnalyzeWith(AnalysisScope::kTokenSpans, style);
    Options options;
    options.words = style;
    TokenSpans spans;
    ASSERT_TRUE(AnalyzeTokenSpans(Article(), options, &spans).ok());
    const size_t count = analysis.tokens.size();
    ASSERT_EQ(spans.size(), count);
    ASSERT_EQ(spans.bounds.size(), 2 * count);
    for (size_t i = 0; i < count; ++i) {
      EXPECT_EQ(spans.bounds[i], analysis.tokens[i].start) << i;
      EXPECT_EQ(spans.bounds[count + i], analysis.tokens[i].end) << i;
      EXPECT_EQ(spans.kinds[i], static_cast<uint8_t>(analysis.tokens[i].kind)) << i;
    }
  }
  TokenSpans spans;
  EXPECT_TRUE(AnalyzeTokenSpans(u"", Options(), &spans).ok());
  EXPECT_EQ(spans.size(), 0u);
  Options tight;
  tight.max_input_length = 4;
  EXPECT_EQ(AnalyzeTokenSpans(u"too long", tight, &spans).code(), StatusCode::kInputTooLarge);
}

TEST(AnalyzeKeyedTokens, GivesTheTokensScopeTokensWithEachDistinctKeyOnce) {
  // The article twice, so that texts and keys recur (and 台灣/台湾 share a key).
  const std::u16string text = Article() + Article() + U16("台灣與台湾，ＡＢＣ與abc。");
  for (WordStyle style : {WordStyle::kIcu, WordStyle::kRefined, WordStyle::kStandard}) {
    Options options;
    options.scope = AnalysisScope::kTokens;
    options.words = style;
    Analysis analysis;
    ASSERT_TRUE(Analyze(text, options, &analysis).ok());
    KeyedTokens keyed;
    ASSERT_TRUE(AnalyzeKeyedTokens(text, options, &keyed).ok());
    const size_t count = analysis.tokens.size();
    ASSERT_EQ(keyed.size(), count);
    ASSERT_EQ(keyed.bounds.size(), 2 * count);
    ASSERT_EQ(keyed.key_ids.size(), count);
    std::vector<std::u16string> distinct;  // the keys in order of first appearance
    for (size_t i = 0; i < count; ++i) {
      const Token& token = analysis.tokens[i];
      EXPECT_EQ(keyed.bounds[2 * i], token.start) << i;
      EXPECT_EQ(keyed.bounds[2 * i + 1], token.end) << i;
      EXPECT_EQ(keyed.kinds[i], static_cast<uint8_t>(token.kind)) << i;
      if (token.kind == TokenKind::kWhitespace) {
        EXPECT_EQ(keyed.key_ids[i], KeyedTokens::kNoKey) << i;
        continue;
      }
      size_t id = 0;
      while (id < distinct.size() && distinct[id] != token.key) ++id;
      if (id == distinct.size()) distinct.push_back(token.key);
      ASSERT_EQ(keyed.key_ids[i], id) << i;
      const uint32_t key_start = id == 0 ? 0 : keyed.key_ends[id - 1];
      EXPECT_EQ(keyed.keys.substr(key_start, keyed.key_ends[id] - key_start), token.key) << i;
    }
    EXPECT_EQ(keyed.key_ends.size(), distinct.size());
  }
  KeyedTokens keyed;
  Options tight;
  tight.max_input_length = 4;
  EXPECT_EQ(AnalyzeKeyedTokens(u"too long", tight, &keyed).code(), StatusCode::kInputTooLarge);
  EXPECT_TRUE(AnalyzeKeyedTokens(u"", Options(), &keyed).ok());
  EXPECT_EQ(keyed.size(), 0u);
}

TEST(AnalysisScope, SentencesScopeGivesTheFullAnalysisSentencesAndNoTokens) {
  const Analysis full = AnalyzeWith(AnalysisScope::kFull);
  const Analysis sentences = AnalyzeWith(AnalysisScope::kSentences);
  ASSERT_EQ(sentences.paragraphs.size(), full.paragraphs.size());
  for (size_t i = 0; i < full.paragraphs.size(); ++i) {
    EXPECT_EQ(sentences.paragraphs[i].start, full.paragraphs[i].start);
    EXPECT_EQ(sentences.paragraphs[i].end, full.paragraphs[i].end);
    EXPECT_EQ(sentences.paragraphs[i].kind, full.paragraphs[i].kind);
  }
  ASSERT_EQ(sentences.sentences.size(), full.sentences.size());
  for (size_t i = 0; i < full.sentences.size(); ++i) {
    EXPECT_EQ(sentences.sentences[i].start, full.sentences[i].start);
    EXPECT_EQ(sentences.sentences[i].end, full.sentences[i].end);
    EXPECT_EQ(sentences.sentences[i].paragraph, full.sentences[i].paragraph);
  }
  EXPECT_TRUE(sentences.tokens.empty());
  EXPECT_TRUE(sentences.sentence_scores.empty());
  EXPECT_TRUE(sentences.annotations.empty());
}

TEST(AnalysisScope, EveryScopeRefusesTooLongInput) {
  for (AnalysisScope scope : {AnalysisScope::kFull, AnalysisScope::kSentences, AnalysisScope::kTokens,
                              AnalysisScope::kTokenSpans}) {
    Options options;
    options.scope = scope;
    options.max_input_length = 4;
    Analysis analysis;
    EXPECT_EQ(Analyze(u"too long", options, &analysis).code(), StatusCode::kInputTooLarge);
  }
}

}  // namespace
}  // namespace precis
