// Google Benchmark cases for each stage of Analyze on one article (sentences, tokens,
// languages and stats, annotations, ranking, highlights), to see where a warm analysis goes.
#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include <unicode/unistr.h>

#include "annotate/annotator.h"
#include "annotate/highlights.h"
#include "bench_text.h"
#include "precis/analyzer.h"
#include "rank/rank_stage.h"
#include "segment/paragraphs.h"
#include "text/language.h"
#include "text/stats.h"

namespace precis::bench {
namespace {

// The seed article of the evaluation set, read at run time (never copied into the project);
// when ../shared/eval is absent, 6.5 KB of the written Chinese paragraphs stand in.
const std::u16string& StageText() {
  static const std::u16string* text = [] {
    std::ifstream in(std::string(PRECIS_SOURCE_DIR) + "/../shared/eval/articles/seed_zh-hant_ai-race.txt",
                     std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::u16string units;
    if (in && !bytes.str().empty()) {
      const icu::UnicodeString decoded = icu::UnicodeString::fromUTF8(bytes.str());
      units.assign(decoded.getBuffer(), static_cast<size_t>(decoded.length()));
    }
    if (units.empty()) units = MakeText(Language::kChinese, 6656 / 3);
    return new std::u16string(std::move(units));
  }();
  return *text;
}

// A full analysis of the stage text, for the stages that start from an earlier one's output.
const Analysis& Analyzed() {
  static const Analysis* analysis = [] {
    auto* result = new Analysis();
    std::unique_ptr<Analyzer> analyzer;
    if (Analyzer::Create(&analyzer).ok()) analyzer->Analyze(StageText(), Options(), result);
    return result;
  }();
  return *analysis;
}

void BM_StageWhole(benchmark::State& state) {
  std::unique_ptr<Analyzer> analyzer;
  if (!Analyzer::Create(&analyzer).ok()) return state.SkipWithError("no analyzer");
  Analysis analysis;
  for (auto _ : state) {
    analyzer->Analyze(StageText(), Options(), &analysis);
    benchmark::DoNotOptimize(analysis.highlights.data());
  }
}
BENCHMARK(BM_StageWhole)->Unit(benchmark::kMicrosecond);

void BM_StageSentences(benchmark::State& state) {
  std::unique_ptr<Analyzer> analyzer;
  if (!Analyzer::Create(&analyzer).ok()) return state.SkipWithError("no analyzer");
  Options options;
  options.scope = AnalysisScope::kSentences;
  Analysis analysis;
  for (auto _ : state) {
    analyzer->Analyze(StageText(), options, &analysis);
    benchmark::DoNotOptimize(analysis.sentences.data());
  }
}
BENCHMARK(BM_StageSentences)->Unit(benchmark::kMicrosecond);

void BM_StageTokens(benchmark::State& state) {
  std::unique_ptr<Analyzer> analyzer;
  if (!Analyzer::Create(&analyzer).ok()) return state.SkipWithError("no analyzer");
  Options options;
  options.scope = AnalysisScope::kTokens;
  Analysis analysis;
  for (auto _ : state) {
    analyzer->Analyze(StageText(), options, &analysis);
    benchmark::DoNotOptimize(analysis.tokens.data());
  }
}
BENCHMARK(BM_StageTokens)->Unit(benchmark::kMicrosecond);

void BM_StageLanguagesAndStats(benchmark::State& state) {
  Analysis analysis = Analyzed();
  for (auto _ : state) {
    text::DetectLanguages(StageText(), &analysis);
    text::ComputeStats(StageText(), &analysis);
    benchmark::DoNotOptimize(analysis.stats.words);
  }
}
BENCHMARK(BM_StageLanguagesAndStats)->Unit(benchmark::kMicrosecond);

void BM_StageAnnotate(benchmark::State& state) {
  Analysis analysis = Analyzed();
  for (auto _ : state) {
    annotate::Annotate(StageText(), &analysis);
    benchmark::DoNotOptimize(analysis.annotations.data());
  }
}
BENCHMARK(BM_StageAnnotate)->Unit(benchmark::kMicrosecond);

void BM_StageRank(benchmark::State& state) {
  Analysis analysis = Analyzed();
  for (auto _ : state) {
    rank::RankAnalysis(StageText(), Options(), &analysis);
    benchmark::DoNotOptimize(analysis.summary.sentences.data());
  }
}
BENCHMARK(BM_StageRank)->Unit(benchmark::kMicrosecond);

void BM_StageHighlights(benchmark::State& state) {
  const Analysis& analysis = Analyzed();
  for (auto _ : state) {
    auto highlights = annotate::BuildHighlights(analysis.annotations, rank::KeySentenceSpans(analysis),
                                                rank::KeyphraseSpans(analysis));
    benchmark::DoNotOptimize(highlights.data());
  }
}
BENCHMARK(BM_StageHighlights)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace precis::bench
