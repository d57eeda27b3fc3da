// libFuzzer target: arbitrary bytes as UTF-16 code units (lone surrogates, NUL, controls,
// unassigned code points) through Analyze, aborting on any broken invariant.
#include <cstdio>
#include <cstdlib>

#include "analysis_invariants.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::u16string text = precis::fuzz::TextFromUtf16Bytes(data, size);
  const std::string problem = precis::fuzz::AnalyzeAndCheck(text);
  if (!problem.empty()) {
    std::fprintf(stderr, "precis fuzz: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
