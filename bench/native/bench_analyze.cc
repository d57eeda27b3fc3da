// Google Benchmark cases for the whole analysis: warm Analyze at several sizes (time per MB
// should stay flat), and creating an Analyzer (the native part of a cold start).
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "bench_text.h"
#include "precis/analyzer.h"

namespace precis::bench {
namespace {

void BM_Analyze(benchmark::State& state) {
  const Language language = static_cast<Language>(state.range(0));
  const std::u16string text = MakeText(language, static_cast<size_t>(state.range(1)));
  std::unique_ptr<Analyzer> analyzer;
  if (!Analyzer::Create(&analyzer).ok()) return state.SkipWithError("no analyzer");
  Analysis analysis;
  for (auto _ : state) {
    analyzer->Analyze(text, Options(), &analysis);
    benchmark::DoNotOptimize(analysis.tokens.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size() * sizeof(char16_t)));
  state.SetLabel(LanguageName(language));
}
BENCHMARK(BM_Analyze)->ArgsProduct({{0, 1, 2}, {3 << 10, 100 << 10, 1 << 20, 8 << 20}})->Unit(benchmark::kMillisecond);

void BM_CreateAnalyzer(benchmark::State& state) {
  for (auto _ : state) {
    std::unique_ptr<Analyzer> analyzer;
    Analyzer::Create(&analyzer);
    benchmark::DoNotOptimize(analyzer.get());
  }
}
BENCHMARK(BM_CreateAnalyzer)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace precis::bench

BENCHMARK_MAIN();
