// Embind bindings: converts core results into plain JS values (typed arrays, strings).
// No logic and no class handles: the JS facade in js/ builds the public API on top.
#include <emscripten/bind.h>
#include <emscripten/heap.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <algorithm>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "precis/analyzer.h"

namespace {

using emscripten::val;

// ICU keeps a pointer to each data package for the life of the module, so the copies live
// forever (a list, so that adding a package never moves an earlier one).
std::list<std::vector<unsigned char>>& IcuDataStore() {
  static auto* store = new std::list<std::vector<unsigned char>>();
  return *store;
}

val ErrorResult(const precis::Status& status) {
  val result = val::object();
  result.set("ok", false);
  result.set("code", static_cast<int>(status.code()));
  result.set("error", status.message());
  return result;
}

// The typed array constructors, looked up once: a global lookup decodes its name each time.
const val& TypedArrayConstructor(const char* type) {
  static auto* constructors = new std::unordered_map<std::string, val>();
  auto it = constructors->find(type);
  if (it == constructors->end()) it = constructors->emplace(type, val::global(type)).first;
  return it->second;
}

template <typename T>
val CopyToTypedArray(const char* type, const std::vector<T>& values) {
  return TypedArrayConstructor(type).new_(emscripten::typed_memory_view(values.size(), values.data()));
}

// UTF-16 code units as a Uint16Array (Embind knows char16_t views by their unsigned type).
val CopyToUint16Array(const std::u16string& units) {
  return TypedArrayConstructor("Uint16Array")
      .new_(emscripten::typed_memory_view(units.size(), reinterpret_cast<const uint16_t*>(units.data())));
}

// bytes: a Uint8Array holding an ICU .dat package; later packages add to earlier ones.
val UseIcuData(val bytes) {
  std::vector<unsigned char>& store = IcuDataStore().emplace_back();
  store.resize(bytes["length"].as<size_t>());
  val(emscripten::typed_memory_view(store.size(), store.data())).call<void>("set", bytes);
  precis::Status status = precis::UseIcuData(store.data(), store.size());
  if (!status.ok()) {
    IcuDataStore().pop_back();
    return ErrorResult(status);
  }
  val result = val::object();
  result.set("ok", true);
  return result;
}

precis::SummaryBudget ToBudget(double sentences, double ratio, double characters) {
  precis::SummaryBudget budget;
  budget.sentences = sentences > 0 ? static_cast<uint32_t>(std::min(sentences, 4294967295.0)) : 0;
  budget.ratio = ratio > 0 ? ratio : 0;
  budget.characters = characters > 0 ? static_cast<uint32_t>(std::min(characters, 4294967295.0)) : 0;
  return budget;
}

void SetSummary(val& result, const precis::Summary& summary) {
  result.set("summarySentences", CopyToTypedArray("Uint32Array", summary.sentences));
  result.set("summaryRanks", CopyToTypedArray("Uint32Array", summary.ranks));
  result.set("summaryText", summary.text);
}

// Keyphrases as flat arrays (one JS object per field, not per keyphrase): keyphraseTexts
// concatenates the texts as UTF-16 units (a Uint16Array, so that a lone surrogate survives)
// and keyphraseTextEnds says where each ends; keyphraseScores; and
// keyphraseOccurrences holds start, end pairs, keyphraseOccurrenceEnds where each phrase's
// pairs end (in pairs).
void SetKeyphrases(const std::vector<precis::Keyphrase>& keyphrases, val* result) {
  std::u16string texts;
  std::vector<uint32_t> text_ends;
  std::vector<double> scores;
  std::vector<uint32_t> spans;
  std::vector<uint32_t> span_ends;
  for (const auto& k : keyphrases) {
    texts += k.text;
    text_ends.push_back(static_cast<uint32_t>(texts.size()));
    scores.push_back(k.score);
    for (const auto& o : k.occurrences) spans.insert(spans.end(), {o.start, o.end});
    span_ends.push_back(static_cast<uint32_t>(spans.size() / 2));
  }
  result->set("keyphraseTexts", CopyToUint16Array(texts));
  result->set("keyphraseTextEnds", CopyToTypedArray("Uint32Array", text_ends));
  result->set("keyphraseScores", CopyToTypedArray("Float64Array", scores));
  result->set("keyphraseOccurrences", CopyToTypedArray("Uint32Array", spans));
  result->set("keyphraseOccurrenceEnds", CopyToTypedArray("Uint32Array", span_ends));
}

// Annotations, highlights, languages and stats (see precis/annotation.h for each field).
void SetAnnotations(const precis::Analysis& analysis, val* result) {
  std::vector<uint32_t> spans;  // start, end, kind, speaker_start, speaker_end
  std::vector<double> values;
  // The normalized forms concatenated as UTF-16 units; annotationNormalizedEnds says where
  // each ends.
  std::u16string normalized;
  std::vector<uint32_t> normalized_ends;
  for (const auto& a : analysis.annotations) {
    spans.insert(spans.end(), {a.start, a.end, static_cast<uint32_t>(a.kind), a.speaker_start, a.speaker_end});
    values.push_back(a.value);
    normalized += a.normalized;
    normalized_ends.push_back(static_cast<uint32_t>(normalized.size()));
  }
  result->set("annotations", CopyToTypedArray("Uint32Array", spans));
  result->set("annotationValues", CopyToTypedArray("Float64Array", values));
  result->set("annotationNormalized", CopyToUint16Array(normalized));
  result->set("annotationNormalizedEnds", CopyToTypedArray("Uint32Array", normalized_ends));

  std::vector<int32_t> highlights;  // start, end, layer, kind, rank, annotation
  std::vector<float> scores;
  for (const auto& h : analysis.highlights) {
    highlights.insert(highlights.end(), {static_cast<int32_t>(h.start), static_cast<int32_t>(h.end),
                                         static_cast<int32_t>(h.layer), static_cast<int32_t>(h.kind), h.rank,
                                         h.annotation});
    scores.push_back(h.score);
  }
  result->set("highlights", CopyToTypedArray("Int32Array", highlights));
  result->set("highlightScores", CopyToTypedArray("Float32Array", scores));

  std::vector<uint8_t> languages;
  std::vector<float> confidences;
  for (const auto& l : analysis.paragraph_languages) {
    languages.push_back(static_cast<uint8_t>(l.language));
    confidences.push_back(l.confidence);
  }
  result->set("language", static_cast<int>(analysis.language.language));
  result->set("languageConfidence", analysis.language.confidence);
  result->set("paragraphLanguages", CopyToTypedArray("Uint8Array", languages));
  result->set("paragraphLanguageConfidences", CopyToTypedArray("Float32Array", confidences));

  const precis::TextStats& s = analysis.stats;
  result->set("stats", CopyToTypedArray("Uint32Array", std::vector<uint32_t>{s.characters, s.cjk_characters, s.words,
                                                                            s.sentences, s.paragraphs,
                                                                            s.reading_seconds,
                                                                            s.annotated ? 1u : 0u}));
}

// Tokens as typed arrays, as the core lays them out (precis::KeyedTokens), for tokenize() and
// analyze() alike. Keys repeat (a word recurs through an article), so each distinct key is
// sent once: tokenKeys concatenates them, tokenKeyEnds says where each ends, and tokenKeyIds
// gives each token's key (KeyedTokens::kNoKey for whitespace, which has none). The facade
// then shares one string per distinct key instead of making one per token.
void SetKeyedTokens(const precis::KeyedTokens& tokens, val* result) {
  result->set("tokens", CopyToTypedArray("Uint32Array", tokens.bounds));
  result->set("tokenKinds", CopyToTypedArray("Uint8Array", tokens.kinds));
  result->set("tokenKeys", tokens.keys);
  result->set("tokenKeyEnds", CopyToTypedArray("Uint32Array", tokens.key_ends));
  result->set("tokenKeyIds", CopyToTypedArray("Uint32Array", tokens.key_ids));
}

// Paragraphs (start, end pairs and their kinds) and sentences (start, end, paragraph triples).
void SetSentences(const precis::Analysis& analysis, val* result) {
  std::vector<uint32_t> paragraphs;
  paragraphs.reserve(analysis.paragraphs.size() * 2);
  for (const auto& p : analysis.paragraphs) paragraphs.insert(paragraphs.end(), {p.start, p.end});
  std::vector<uint8_t> paragraph_kinds;
  paragraph_kinds.reserve(analysis.paragraphs.size());
  for (const auto& p : analysis.paragraphs) paragraph_kinds.push_back(static_cast<uint8_t>(p.kind));
  std::vector<uint32_t> sentences;
  sentences.reserve(analysis.sentences.size() * 3);
  for (const auto& s : analysis.sentences) sentences.insert(sentences.end(), {s.start, s.end, s.paragraph});
  result->set("paragraphs", CopyToTypedArray("Uint32Array", paragraphs));
  result->set("paragraphKinds", CopyToTypedArray("Uint8Array", paragraph_kinds));
  result->set("sentences", CopyToTypedArray("Uint32Array", sentences));
}

// Options from the facade's arguments; false (and `error` set) when they are invalid.
bool ToOptions(double max_input_length, int word_style, precis::Options* options, val* error) {
  if (max_input_length > 0) options->max_input_length = static_cast<size_t>(max_input_length);
  if (word_style < 0 || word_style > 2) {
    *error = ErrorResult({precis::StatusCode::kInvalidArgument, "unknown word style"});
    return false;
  }
  options->words = static_cast<precis::WordStyle>(word_style);
  return true;
}

// Runs the analysis of `scope` on `text` into `analysis`; on bad options or input, false with
// `error` set to the result to return.
bool AnalyzeScope(const std::u16string& text, double max_input_length, int word_style, precis::AnalysisScope scope,
                  precis::Analysis* analysis, val* error) {
  precis::Options options;
  if (!ToOptions(max_input_length, word_style, &options, error)) return false;
  options.scope = scope;
  precis::Status status = precis::Analyze(text, options, analysis);
  if (!status.ok()) {
    *error = ErrorResult(status);
    return false;
  }
  return true;
}

// Only the tokens of `text` (AnalysisScope::kTokens): what a caller wanting words needs. The
// core lays them out as analyze() sends them (AnalyzeKeyedTokens: each key worked out once per
// distinct token text), so no Token objects are made.
val Tokenize(const std::u16string& text, double max_input_length, int word_style) {
  precis::Options options;
  val error = val::null();
  if (!ToOptions(max_input_length, word_style, &options, &error)) return error;
  precis::KeyedTokens tokens;
  precis::Status status = precis::AnalyzeKeyedTokens(text, options, &tokens);
  if (!status.ok()) return ErrorResult(status);
  val result = val::object();
  result.set("ok", true);
  SetKeyedTokens(tokens, &result);
  return result;
}

// Only the spans and kinds of the tokens of `text` (AnalysisScope::kTokenSpans, no keys):
// starts and ends as Uint32Arrays, kinds as a Uint8Array, nothing per token on the JS heap.
val TokenSpans(const std::u16string& text, double max_input_length, int word_style) {
  precis::Options options;
  val error = val::null();
  if (!ToOptions(max_input_length, word_style, &options, &error)) return error;
  // The core fills one buffer of every start then every end, and one of kinds: no Token objects.
  precis::TokenSpans spans;
  precis::Status status = precis::AnalyzeTokenSpans(text, options, &spans);
  if (!status.ok()) return ErrorResult(status);
  const size_t count = spans.size();
  val result = val::object();
  result.set("ok", true);
  const val& uint32_array = TypedArrayConstructor("Uint32Array");
  result.set("starts", uint32_array.new_(emscripten::typed_memory_view(count, spans.bounds.data())));
  result.set("ends", uint32_array.new_(emscripten::typed_memory_view(count, spans.bounds.data() + count)));
  result.set("kinds", CopyToTypedArray("Uint8Array", spans.kinds));
  return result;
}

// Only the paragraphs and sentences of `text` (AnalysisScope::kSentences).
val SplitSentences(const std::u16string& text, double max_input_length) {
  precis::Analysis analysis;
  val error = val::null();
  if (!AnalyzeScope(text, max_input_length, 0, precis::AnalysisScope::kSentences, &analysis, &error)) return error;
  val result = val::object();
  result.set("ok", true);
  SetSentences(analysis, &result);
  return result;
}

// word_style: a precis::WordStyle value (0 icu, 1 refined, 2 standard).
val Analyze(const std::u16string& text, double max_input_length, int word_style,
            double budget_sentences, double budget_ratio, double budget_characters,
            double max_keyphrases) {
  precis::Options options;
  val error = val::null();
  if (!ToOptions(max_input_length, word_style, &options, &error)) return error;
  options.summary_budget = ToBudget(budget_sentences, budget_ratio, budget_characters);
  if (max_keyphrases >= 0) options.max_keyphrases = static_cast<uint32_t>(std::min(max_keyphrases, 1e6));
  precis::Analysis analysis;
  precis::Status status = precis::Analyze(text, options, &analysis);
  if (!status.ok()) return ErrorResult(status);

  val result = val::object();
  result.set("ok", true);
  SetSentences(analysis, &result);
  precis::KeyedTokens tokens;
  precis::LayOutKeyedTokens(analysis.tokens, &tokens);
  SetKeyedTokens(tokens, &result);
  std::vector<double> scores;
  std::vector<float> contributions;
  std::vector<uint8_t> flags;  // bit 0: boilerplate, bit 1: eligible for a summary
  for (const auto& s : analysis.sentence_scores) {
    scores.push_back(s.score);
    contributions.insert(contributions.end(), s.contributions.begin(), s.contributions.end());
    flags.push_back(static_cast<uint8_t>((s.boilerplate ? 1 : 0) | (s.eligible ? 2 : 0)));
  }
  result.set("sentenceScores", CopyToTypedArray("Float64Array", scores));
  result.set("sentenceContributions", CopyToTypedArray("Float32Array", contributions));
  result.set("sentenceFlags", CopyToTypedArray("Uint8Array", flags));
  result.set("vectorOffsets", CopyToTypedArray("Uint32Array", analysis.sentence_vectors.offsets));
  result.set("vectorTerms", CopyToTypedArray("Uint32Array", analysis.sentence_vectors.terms));
  result.set("vectorWeights", CopyToTypedArray("Float32Array", analysis.sentence_vectors.weights));
  SetKeyphrases(analysis.keyphrases, &result);
  SetSummary(result, analysis.summary);
  SetAnnotations(analysis, &result);
  return result;
}

// Re-selects a summary from the arrays that analyze() returned, under another budget.
val Select(const std::u16string& text, val sentences, val scores, val flags, val vector_offsets,
           val vector_terms, val vector_weights, double budget_sentences, double budget_ratio,
           double budget_characters) {
  precis::Analysis analysis;
  const auto bounds = emscripten::convertJSArrayToNumberVector<uint32_t>(sentences);
  const auto score_values = emscripten::convertJSArrayToNumberVector<double>(scores);
  const auto flag_values = emscripten::convertJSArrayToNumberVector<uint8_t>(flags);
  if (bounds.size() % 3 != 0 || score_values.size() * 3 != bounds.size() || flag_values.size() != score_values.size()) {
    return ErrorResult({precis::StatusCode::kInvalidArgument, "the sentence arrays do not match"});
  }
  for (size_t i = 0; i < score_values.size(); ++i) {
    analysis.sentences.push_back({bounds[3 * i], bounds[3 * i + 1], bounds[3 * i + 2]});
    precis::SentenceScore score;
    score.score = score_values[i];
    score.boilerplate = (flag_values[i] & 1) != 0;
    score.eligible = (flag_values[i] & 2) != 0;
    analysis.sentence_scores.push_back(score);
  }
  analysis.sentence_vectors.offsets = emscripten::convertJSArrayToNumberVector<uint32_t>(vector_offsets);
  analysis.sentence_vectors.terms = emscripten::convertJSArrayToNumberVector<uint32_t>(vector_terms);
  analysis.sentence_vectors.weights = emscripten::convertJSArrayToNumberVector<float>(vector_weights);
  precis::Summary summary;
  precis::Status status = precis::SelectSummary(
      text, analysis, ToBudget(budget_sentences, budget_ratio, budget_characters), &summary);
  if (!status.ok()) return ErrorResult(status);
  val result = val::object();
  result.set("ok", true);
  SetSummary(result, summary);
  return result;
}


// For tests and diagnostics only: bytes in use by malloc and the size of wasm memory.
val HeapStats() {
  struct mallinfo info = mallinfo();
  val result = val::object();
  result.set("allocatedBytes", static_cast<double>(info.uordblks));
  result.set("memoryBytes", static_cast<double>(emscripten_get_heap_size()));
  return result;
}

}  // namespace

EMSCRIPTEN_BINDINGS(precis) {
  emscripten::function("heapStats", &HeapStats);
  emscripten::function("useIcuData", &UseIcuData);
  emscripten::function("analyze", &Analyze);
  emscripten::function("tokenize", &Tokenize);
  emscripten::function("tokenSpans", &TokenSpans);
  emscripten::function("splitSentences", &SplitSentences);
  emscripten::function("select", &Select);
}
