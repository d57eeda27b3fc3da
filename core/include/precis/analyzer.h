// The public entry point of the precis core: analyze a UTF-16 text into paragraphs,
// sentences and tokens. Plain C++17 over ICU; the same code builds natively and to wasm.
#ifndef PRECIS_ANALYZER_H_
#define PRECIS_ANALYZER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "precis/analysis.h"
#include "precis/status.h"

namespace precis {

// How words are cut (see docs/ARCHITECTURE.md, "Words").
enum class WordStyle : uint8_t {
  kIcu = 0,       // ICU's dictionary segmentation alone, for comparison
  kRefined = 1,   // refined: numbers with their units and dates whole (5000家, 2026年3月12日)
  kStandard = 2,  // refined, but cut as the SIGHAN standards do: numeral apart from its measure
                  // word (5000 家), a date by its parts (2026年 3月 12日)
};

// How much of the analysis to run. Fields a scope leaves out stay empty.
enum class AnalysisScope : uint8_t {
  kFull = 0,       // everything in Analysis
  kSentences = 1,  // paragraphs and sentences only (no tokens, no ranking, no annotations)
  kTokens = 2,     // tokens only: word segmentation with keys, nothing else
  kTokenSpans = 3, // tokens only, without keys (each Token::key left empty): spans and kinds
};

struct Options {
  // Inputs longer than this many UTF-16 code units are refused with kInputTooLarge.
  size_t max_input_length = size_t{64} << 20;
  WordStyle words = WordStyle::kRefined;
  // The summary's length; by default three sentences.
  SummaryBudget summary_budget = {3, 0, 0};
  // At most this many keyphrases are returned.
  uint32_t max_keyphrases = 20;
  // Callers that want only sentences or only words skip the stages they do not read.
  AnalysisScope scope = AnalysisScope::kFull;
};

// The tokens of a text as flat arrays, without keys or Token objects: what Analyze gives in
// Analysis::tokens with AnalysisScope::kTokenSpans, for callers that copy spans out in bulk.
struct TokenSpans {
  std::vector<uint32_t> bounds;  // the start of every token in order, then the end of every token
  std::vector<uint8_t> kinds;    // the TokenKind of every token
  size_t size() const { return kinds.size(); }
};

// The tokens of a text with their keys, each distinct key once: what Analyze gives in
// Analysis::tokens with AnalysisScope::kTokens, laid out for callers that copy it out in bulk.
struct KeyedTokens {
  std::vector<uint32_t> bounds;   // start, end of every token in order (2 × count)
  std::vector<uint8_t> kinds;     // the TokenKind of every token
  std::vector<uint32_t> key_ids;  // every token's key: an index into key_ends, kNoKey for whitespace
  std::u16string keys;            // the distinct keys concatenated, in order of first appearance
  std::vector<uint32_t> key_ends; // where each distinct key ends in `keys`
  static constexpr uint32_t kNoKey = 0xFFFFFFFF;
  size_t size() const { return kinds.size(); }
};

// Holds the ICU break iterators so that repeated analyses do not rebuild them.
// Not thread-safe: use one Analyzer per thread.
class Analyzer {
 public:
  static Status Create(std::unique_ptr<Analyzer>* analyzer);
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  Status Analyze(std::u16string_view text, const Options& options, Analysis* analysis);
  // The tokens as AnalysisScope::kTokenSpans gives them (options.scope is not read).
  Status AnalyzeTokenSpans(std::u16string_view text, const Options& options, TokenSpans* spans);
  // The tokens as AnalysisScope::kTokens gives them (options.scope is not read).
  Status AnalyzeKeyedTokens(std::u16string_view text, const Options& options, KeyedTokens* tokens);

 private:
  struct Iterators;
  explicit Analyzer(std::unique_ptr<Iterators> iterators);
  std::unique_ptr<Iterators> iterators_;
};

// Convenience: analyzes with an Analyzer kept per thread.
Status Analyze(std::u16string_view text, const Options& options, Analysis* analysis);
Status AnalyzeTokenSpans(std::u16string_view text, const Options& options, TokenSpans* spans);
Status AnalyzeKeyedTokens(std::u16string_view text, const Options& options, KeyedTokens* tokens);

// Lays out tokens as Analysis::tokens holds them (each with its key) as KeyedTokens, each
// distinct key once: how analyze()'s tokens leave the core in bulk.
void LayOutKeyedTokens(const std::vector<Token>& tokens, KeyedTokens* keyed);

// Chooses the summary sentences of an analysis (which holds sentences, sentence_scores and
// sentence_vectors) under another budget, without analyzing again.
Status SelectSummary(std::u16string_view text, const Analysis& analysis, const SummaryBudget& budget,
                     Summary* summary);

// Makes ICU read its data from `bytes` (an ICU .dat package) instead of a file. Must be
// called before any analysis when the ICU build carries no data (the wasm build); the
// bytes must stay alive and unchanged for the life of the process. May be called again with
// further packages (the wasm package loads its Thai, Lao, Khmer and Burmese dictionaries
// this way, on demand); Analyze() then rebuilds its iterators so that they see the new data.
Status UseIcuData(const void* bytes, size_t size);

}  // namespace precis

#endif  // PRECIS_ANALYZER_H_
