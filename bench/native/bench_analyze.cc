// Google Benchmark cases for each core stage over generated mixed Chinese/English text.
#include <benchmark/benchmark.h>

#include <string>

#include "precis/analyzer.h"
#include "segment/paragraphs.h"
#include "segment/tokens.h"

namespace {

std::u16string MakeText(size_t units) {
  const std::u16string paragraph =
      u"今天的會議討論了人工智慧的發展，與會者認為開源模型會改變產業。"
      u"The committee met on Tuesday and approved 3.5 percent growth. 他說：「我們準備好了。」\n";
  std::u16string text;
  while (text.size() < units) text += paragraph;
  return text;
}

void BM_Analyze(benchmark::State& state) {
  const std::u16string text = MakeText(static_cast<size_t>(state.range(0)));
  precis::Analysis analysis;
  for (auto _ : state) {
    precis::Analyze(text, precis::Options(), &analysis);
    benchmark::DoNotOptimize(analysis.tokens.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size() * 2));
}
BENCHMARK(BM_Analyze)->Arg(10 << 10)->Arg(1 << 20);

void BM_Tokenize(benchmark::State& state) {
  const std::u16string text = MakeText(static_cast<size_t>(state.range(0)));
  std::unique_ptr<precis::segment::Tokenizer> tokenizer;
  precis::segment::Tokenizer::Create(&tokenizer);
  std::vector<precis::Token> tokens;
  for (auto _ : state) {
    tokenizer->Tokenize(text, /*refine=*/true, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size() * 2));
}
BENCHMARK(BM_Tokenize)->Arg(1 << 20);

void BM_SplitParagraphs(benchmark::State& state) {
  const std::u16string text = MakeText(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(precis::segment::SplitParagraphs(text));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size() * 2));
}
BENCHMARK(BM_SplitParagraphs)->Arg(1 << 20);

}  // namespace

BENCHMARK_MAIN();
