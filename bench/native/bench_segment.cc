// Google Benchmark cases for the segmentation stages, each alone: paragraphs, sentences,
// tokens (ICU's bare word iterator, the tokenizer with and without refinement, then the
// refinement steps and the keys one by one, to show what each adds).
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <string>
#include <vector>

#include "bench_text.h"
#include "precis/analyzer.h"
#include "segment/paragraphs.h"
#include "segment/sentences.h"
#include "segment/tokens.h"
#include "segment/words/new_words.h"
#include "segment/words/numbers.h"
#include "segment/words/latin_forms.h"
#include "segment/words/refine.h"
#include "segment/words/standard_cuts.h"
#include "segment/words/suffixes.h"
#include "segment/words/token_edit.h"

namespace precis::bench {
namespace {

// Arguments: the language (see Language) and the size in UTF-16 code units.
void Sizes(benchmark::internal::Benchmark* b) {
  for (int language : {0, 1}) {
    for (int units : {4 << 10, 1 << 20}) b->Args({language, units});
  }
}

std::u16string TextFor(const benchmark::State& state) {
  return MakeText(static_cast<Language>(state.range(0)), static_cast<size_t>(state.range(1)));
}

void Finish(benchmark::State& state, const std::u16string& text) {
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size() * sizeof(char16_t)));
  state.SetLabel(LanguageName(static_cast<Language>(state.range(0))));
}

void BM_SplitParagraphs(benchmark::State& state) {
  const std::u16string text = TextFor(state);
  for (auto _ : state) benchmark::DoNotOptimize(segment::SplitParagraphs(text));
  Finish(state, text);
}
BENCHMARK(BM_SplitParagraphs)->Apply(Sizes);

void BM_SplitSentences(benchmark::State& state) {
  const std::u16string text = TextFor(state);
  const std::vector<Paragraph> paragraphs = segment::SplitParagraphs(text);
  std::unique_ptr<segment::SentenceSplitter> splitter;
  if (!segment::SentenceSplitter::Create(&splitter).ok()) return state.SkipWithError("no sentence splitter");
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    sentences.clear();
    for (uint32_t i = 0; i < paragraphs.size(); ++i) splitter->Split(text, paragraphs[i], i, &sentences);
    benchmark::DoNotOptimize(sentences.data());
  }
  Finish(state, text);
}
BENCHMARK(BM_SplitSentences)->Apply(Sizes);

// ICU's tokens of the text (WordStyle::kIcu), keys included, for the step-by-step cases.
std::vector<Token> IcuTokens(const std::u16string& text) {
  std::unique_ptr<segment::Tokenizer> tokenizer;
  std::vector<Token> tokens;
  if (segment::Tokenizer::Create(&tokenizer).ok()) tokenizer->Tokenize(text, WordStyle::kIcu, &tokens);
  return tokens;
}

template <WordStyle kStyle>
void BM_Tokenize(benchmark::State& state) {
  const std::u16string text = TextFor(state);
  std::unique_ptr<segment::Tokenizer> tokenizer;
  if (!segment::Tokenizer::Create(&tokenizer).ok()) return state.SkipWithError("no tokenizer");
  std::vector<Token> tokens;
  for (auto _ : state) {
    tokenizer->Tokenize(text, kStyle, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.counters["tokens"] = static_cast<double>(tokens.size());
  Finish(state, text);
}
BENCHMARK_TEMPLATE(BM_Tokenize, WordStyle::kIcu)->Apply(Sizes);
BENCHMARK_TEMPLATE(BM_Tokenize, WordStyle::kRefined)->Apply(Sizes);

// Each refinement step on a fresh copy of ICU's tokens as keyless pieces, which is what the
// steps edit (the copy is timed too: see BM_CopyPieces).
std::vector<segment::words::Piece> IcuPieces(const std::u16string& text) {
  return segment::words::ToPieces(IcuTokens(text));
}

void BM_CopyPieces(benchmark::State& state) {
  const std::u16string text = TextFor(state);
  const std::vector<segment::words::Piece> icu = IcuPieces(text);
  for (auto _ : state) {
    std::vector<segment::words::Piece> pieces = icu;
    benchmark::DoNotOptimize(pieces.data());
  }
  Finish(state, text);
}
BENCHMARK(BM_CopyPieces)->Apply(Sizes);

template <typename Step>
void RunStep(benchmark::State& state, Step step) {
  const std::u16string text = TextFor(state);
  const std::vector<segment::words::Piece> icu = IcuPieces(text);
  for (auto _ : state) {
    std::vector<segment::words::Piece> pieces = icu;
    step(text, &pieces);
    benchmark::DoNotOptimize(pieces.data());
  }
  Finish(state, text);
}

using PieceVector = std::vector<segment::words::Piece>;

void BM_MergeUrlsAndEmails(benchmark::State& state) {
  RunStep(state, [](std::u16string_view text, PieceVector* p) { segment::words::MergeUrlsAndEmails(text, p); });
}
BENCHMARK(BM_MergeUrlsAndEmails)->Apply(Sizes);

void BM_MergeHyphensAcronymsAndDashes(benchmark::State& state) {
  RunStep(state,
          [](std::u16string_view text, PieceVector* p) { segment::words::MergeHyphensAcronymsAndDashes(text, p); });
}
BENCHMARK(BM_MergeHyphensAcronymsAndDashes)->Apply(Sizes);

void BM_MergeNumbers(benchmark::State& state) {
  RunStep(state, [](std::u16string_view text, PieceVector* p) { segment::words::MergeNumbers(text, false, p); });
}
BENCHMARK(BM_MergeNumbers)->Apply(Sizes);

void BM_MergeNewWords(benchmark::State& state) {
  RunStep(state, [](std::u16string_view text, PieceVector* p) {
    segment::words::MergeNewWords(text, segment::words::NewWordOptions(), p);
  });
}
BENCHMARK(BM_MergeNewWords)->Apply(Sizes);

void BM_MergeSuffixes(benchmark::State& state) {
  RunStep(state, [](std::u16string_view text, PieceVector* p) { segment::words::MergeSuffixes(text, p); });
}
BENCHMARK(BM_MergeSuffixes)->Apply(Sizes);

void BM_ApplyStandardCuts(benchmark::State& state) {
  RunStep(state, [](std::u16string_view text, PieceVector* p) { segment::words::ApplyStandardCuts(text, p); });
}
BENCHMARK(BM_ApplyStandardCuts)->Apply(Sizes);

// All steps of one style together, on ICU's tokens (keys not included: see BM_AssignKeys).
template <bool kStandard>
void BM_RefinePieces(benchmark::State& state) {
  RunStep(state, [](std::u16string_view text, PieceVector* p) { segment::words::RefinePieces(text, kStandard, p); });
}
BENCHMARK_TEMPLATE(BM_RefinePieces, false)->Apply(Sizes);
BENCHMARK_TEMPLATE(BM_RefinePieces, true)->Apply(Sizes);

void BM_AssignKeys(benchmark::State& state) {
  const std::u16string text = TextFor(state);
  std::vector<Token> tokens = IcuTokens(text);
  for (auto _ : state) {
    segment::AssignKeys(text, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  Finish(state, text);
}
BENCHMARK(BM_AssignKeys)->Apply(Sizes);

// The floor under BM_Tokenize: ICU's word iterator (locale zh) alone, no classification.
void BM_IcuWordIterator(benchmark::State& state) {
  const std::u16string text = TextFor(state);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
  UText* utext = utext_openUChars(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return state.SkipWithError("no ICU word iterator");
  words->setText(utext, status);
  for (auto _ : state) {
    int32_t count = 0;
    for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next()) ++count;
    benchmark::DoNotOptimize(count);
  }
  utext_close(utext);
  Finish(state, text);
}
BENCHMARK(BM_IcuWordIterator)->Apply(Sizes);

void BM_ClassifyToken(benchmark::State& state) {
  const char32_t firsts[] = {U'中', U'あ', U'a', U'3', U' ', U'，', U'$', U'😀'};
  const int32_t statuses[] = {400, 300, 200, 100, 0, 0, 0, 0};
  for (auto _ : state) {
    for (size_t i = 0; i < 8; ++i) benchmark::DoNotOptimize(segment::ClassifyToken(statuses[i], firsts[i]));
  }
  state.SetItemsProcessed(state.iterations() * 8);
}
BENCHMARK(BM_ClassifyToken);

}  // namespace
}  // namespace precis::bench
