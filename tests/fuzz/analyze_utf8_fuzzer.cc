// libFuzzer target: arbitrary bytes decoded as UTF-8 through Analyze, aborting on any broken
// invariant. Mutations of readable seeds stay readable, so this reaches the sentence and
// dictionary paths that random UTF-16 rarely does.
#include <cstdio>
#include <cstdlib>

#include "analysis_invariants.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::u16string text = precis::fuzz::TextFromUtf8Bytes(data, size);
  const std::string problem = precis::fuzz::AnalyzeAndCheck(text);
  if (!problem.empty()) {
    std::fprintf(stderr, "precis fuzz: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
