// Runs the stages in order: paragraphs, then sentences inside each, then tokens.
#include "precis/analyzer.h"

#include <limits>

#include "annotate/annotator.h"
#include "annotate/highlights.h"
#include "rank/rank_stage.h"
#include "segment/paragraphs.h"
#include "segment/sentences.h"
#include "segment/token_key_ids.h"
#include "segment/tokens.h"
#include "text/icu_data.h"
#include "text/language.h"
#include "text/stats.h"

namespace precis {

struct Analyzer::Iterators {
  std::unique_ptr<segment::SentenceSplitter> sentences;
  std::unique_ptr<segment::Tokenizer> tokens;
};

Analyzer::Analyzer(std::unique_ptr<Iterators> iterators) : iterators_(std::move(iterators)) {}
Analyzer::~Analyzer() = default;

Status Analyzer::Create(std::unique_ptr<Analyzer>* analyzer) {
  auto iterators = std::make_unique<Iterators>();
  Status status = segment::SentenceSplitter::Create(&iterators->sentences);
  if (!status.ok()) return status;
  status = segment::Tokenizer::Create(&iterators->tokens);
  if (!status.ok()) return status;
  analyzer->reset(new Analyzer(std::move(iterators)));
  return Status::Ok();
}

namespace {

Status CheckLength(std::u16string_view text, const Options& options) {
  const size_t limit = std::min<size_t>(options.max_input_length, std::numeric_limits<int32_t>::max());
  if (text.size() > limit) {
    return Status(StatusCode::kInputTooLarge,
                  "the text has " + std::to_string(text.size()) +
                      " UTF-16 code units, more than the limit of " + std::to_string(limit));
  }
  return Status::Ok();
}

}  // namespace

Status Analyzer::AnalyzeTokenSpans(std::u16string_view text, const Options& options, TokenSpans* spans) {
  spans->bounds.clear();
  spans->kinds.clear();
  Status status = CheckLength(text, options);
  if (!status.ok()) return status;
  return iterators_->tokens->TokenizeSpans(text, options.words, &spans->bounds, &spans->kinds);
}

Status Analyzer::AnalyzeKeyedTokens(std::u16string_view text, const Options& options, KeyedTokens* tokens) {
  *tokens = KeyedTokens();
  Status status = CheckLength(text, options);
  if (!status.ok()) return status;
  return iterators_->tokens->TokenizeKeyed(text, options.words, tokens);
}

Status Analyzer::Analyze(std::u16string_view text, const Options& options, Analysis* analysis) {
  *analysis = Analysis();
  Status length = CheckLength(text, options);
  if (!length.ok()) return length;
  if (options.scope == AnalysisScope::kTokens || options.scope == AnalysisScope::kTokenSpans) {
    const auto keys = options.scope == AnalysisScope::kTokens ? segment::TokenKeys::kAssign : segment::TokenKeys::kNone;
    return iterators_->tokens->Tokenize(text, options.words, &analysis->tokens, keys);
  }
  analysis->paragraphs = segment::SplitParagraphs(text);
  for (uint32_t i = 0; i < analysis->paragraphs.size(); ++i) {
    Status status = iterators_->sentences->Split(text, analysis->paragraphs[i], i, &analysis->sentences);
    if (!status.ok()) return status;
  }
  if (options.scope == AnalysisScope::kSentences) return Status::Ok();
  Status status = iterators_->tokens->Tokenize(text, options.words, &analysis->tokens);
  if (!status.ok()) return status;
  text::DetectLanguages(text, analysis);
  text::ComputeStats(text, analysis);
  analysis->stats.annotated = text.size() <= kMaxAnnotatedLength;
  if (analysis->stats.annotated) annotate::Annotate(text, analysis);
  rank::RankAnalysis(text, options, analysis);
  analysis->highlights = annotate::BuildHighlights(
      analysis->annotations, rank::KeySentenceSpans(*analysis), rank::KeyphraseSpans(*analysis));
  return Status::Ok();
}

namespace {

// The Analyzer of this thread, (re)built when needed.
Status ThreadAnalyzer(Analyzer** out) {
  thread_local std::unique_ptr<Analyzer> analyzer;
  thread_local uint32_t built_with_generation = 0;
  // Iterators built before more ICU data arrived keep treating its scripts as unknown.
  if (!analyzer || built_with_generation != text::IcuDataGeneration()) {
    built_with_generation = text::IcuDataGeneration();
    analyzer.reset();
    Status status = Analyzer::Create(&analyzer);
    if (!status.ok()) return status;
  }
  *out = analyzer.get();
  return Status::Ok();
}

}  // namespace

Status Analyze(std::u16string_view text, const Options& options, Analysis* analysis) {
  Analyzer* analyzer = nullptr;
  Status status = ThreadAnalyzer(&analyzer);
  if (!status.ok()) return status;
  return analyzer->Analyze(text, options, analysis);
}

Status AnalyzeTokenSpans(std::u16string_view text, const Options& options, TokenSpans* spans) {
  Analyzer* analyzer = nullptr;
  Status status = ThreadAnalyzer(&analyzer);
  if (!status.ok()) return status;
  return analyzer->AnalyzeTokenSpans(text, options, spans);
}

Status AnalyzeKeyedTokens(std::u16string_view text, const Options& options, KeyedTokens* tokens) {
  Analyzer* analyzer = nullptr;
  Status status = ThreadAnalyzer(&analyzer);
  if (!status.ok()) return status;
  return analyzer->AnalyzeKeyedTokens(text, options, tokens);
}

void LayOutKeyedTokens(const std::vector<Token>& tokens, KeyedTokens* keyed) {
  *keyed = KeyedTokens();
  keyed->bounds.resize(tokens.size() * 2);
  keyed->kinds.resize(tokens.size());
  keyed->key_ids.resize(tokens.size());
  segment::DistinctKeys ids(tokens.size() / 8 + 16, &keyed->keys, &keyed->key_ends);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    keyed->bounds[2 * i] = t.start;
    keyed->bounds[2 * i + 1] = t.end;
    keyed->kinds[i] = static_cast<uint8_t>(t.kind);
    keyed->key_ids[i] = t.kind == TokenKind::kWhitespace ? KeyedTokens::kNoKey : ids.IdOf(t.key);
  }
}

}  // namespace precis
