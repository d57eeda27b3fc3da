// Google Benchmark case for the ranking stage alone (terms, vectors, graph, LexRank, centroid,
// scores, keyphrases, selection) on an article segmented once, to see its share of Analyze.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "bench_text.h"
#include "precis/analyzer.h"
#include "rank/rank_stage.h"

namespace precis::bench {
namespace {

void BM_Rank(benchmark::State& state) {
  const Language language = static_cast<Language>(state.range(0));
  const std::u16string text = MakeText(language, static_cast<size_t>(state.range(1)));
  std::unique_ptr<Analyzer> analyzer;
  if (!Analyzer::Create(&analyzer).ok()) return state.SkipWithError("no analyzer");
  Analysis segmented;
  if (!analyzer->Analyze(text, Options(), &segmented).ok()) return state.SkipWithError("analysis failed");
  for (auto _ : state) {
    Analysis analysis = segmented;  // the stage rewrites what it produces; copying is timed too
    rank::RankAnalysis(text, Options(), &analysis);
    benchmark::DoNotOptimize(analysis.summary.sentences.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size() * sizeof(char16_t)));
  state.SetLabel(LanguageName(language));
}
BENCHMARK(BM_Rank)->ArgsProduct({{0, 1, 2}, {1 << 20}})->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace precis::bench
