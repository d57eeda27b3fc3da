// The promises every Analysis keeps whatever the input (see precis/analysis.h), checked by
// the fuzz targets and by the replay test that runs their corpus and past findings.
#ifndef PRECIS_TESTS_FUZZ_ANALYSIS_INVARIANTS_H_
#define PRECIS_TESTS_FUZZ_ANALYSIS_INVARIANTS_H_

#include <string>
#include <string_view>

#include "precis/analysis.h"

namespace precis::fuzz {

// Returns "" when every invariant holds, otherwise a description of the first broken one:
// spans inside the text, non-empty and in order in each layer; tokens tiling the text;
// sentences inside their paragraph; no boundary between the halves of a surrogate pair;
// no text lost (every code unit outside all sentences is blank); annotations and highlights
// inside the text and sorted, entities not overlapping, highlights naming real annotations;
// finite sentence scores, keyphrases with valid occurrences, and summaries (the analysis's
// own and re-selected under other budgets) naming eligible sentences in order, within budget.
std::string FindViolation(std::u16string_view text, const Analysis& analysis);

// Segments `text` with Tokenizer::Segment (CJK runs through the word lattice) and with ICU's
// iterator alone: "" when both give the same tokens and kinds, else the first difference.
std::string FindWordEngineMismatch(std::u16string_view text);

// Analyzes `text` with default options and checks it (FindViolation, then
// FindWordEngineMismatch). "" when all is well.
std::string AnalyzeAndCheck(std::u16string_view text);

}  // namespace precis::fuzz

#endif  // PRECIS_TESTS_FUZZ_ANALYSIS_INVARIANTS_H_
