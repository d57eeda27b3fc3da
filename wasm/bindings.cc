// Embind bindings: converts core results into plain JS values (typed arrays, strings).
// No logic and no class handles: the JS facade in js/ builds the public API on top.
#include <emscripten/bind.h>
#include <emscripten/heap.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <list>
#include <string>
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

template <typename T>
val CopyToTypedArray(const char* type, const std::vector<T>& values) {
  return val::global(type).new_(emscripten::typed_memory_view(values.size(), values.data()));
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

// Annotations, highlights, languages and stats (see precis/annotation.h for each field).
void SetAnnotations(const precis::Analysis& analysis, val* result) {
  std::vector<uint32_t> spans;  // start, end, kind, speaker_start, speaker_end
  std::vector<double> values;
  val normalized = val::array();
  for (const auto& a : analysis.annotations) {
    spans.insert(spans.end(), {a.start, a.end, static_cast<uint32_t>(a.kind), a.speaker_start, a.speaker_end});
    values.push_back(a.value);
    normalized.call<void>("push", a.normalized);
  }
  result->set("annotations", CopyToTypedArray("Uint32Array", spans));
  result->set("annotationValues", CopyToTypedArray("Float64Array", values));
  result->set("annotationNormalized", normalized);

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
                                                                            s.reading_seconds}));
}

// word_style: a precis::WordStyle value (0 icu, 1 refined, 2 standard).
val Analyze(const std::u16string& text, double max_input_length, int word_style) {
  precis::Options options;
  if (max_input_length > 0) options.max_input_length = static_cast<size_t>(max_input_length);
  if (word_style < 0 || word_style > 2) {
    return ErrorResult({precis::StatusCode::kInvalidArgument, "unknown word style"});
  }
  options.words = static_cast<precis::WordStyle>(word_style);
  precis::Analysis analysis;
  precis::Status status = precis::Analyze(text, options, &analysis);
  if (!status.ok()) return ErrorResult(status);

  std::vector<uint32_t> paragraphs;
  paragraphs.reserve(analysis.paragraphs.size() * 2);
  for (const auto& p : analysis.paragraphs) paragraphs.insert(paragraphs.end(), {p.start, p.end});
  std::vector<uint8_t> paragraph_kinds;
  paragraph_kinds.reserve(analysis.paragraphs.size());
  for (const auto& p : analysis.paragraphs) paragraph_kinds.push_back(static_cast<uint8_t>(p.kind));
  std::vector<uint32_t> sentences;
  sentences.reserve(analysis.sentences.size() * 3);
  for (const auto& s : analysis.sentences) sentences.insert(sentences.end(), {s.start, s.end, s.paragraph});
  std::vector<uint32_t> token_bounds;
  std::vector<uint8_t> token_kinds;
  std::u16string token_keys;            // every token's key, concatenated
  std::vector<uint32_t> token_key_ends;  // where each token's key ends in token_keys
  token_bounds.reserve(analysis.tokens.size() * 2);
  token_kinds.reserve(analysis.tokens.size());
  token_key_ends.reserve(analysis.tokens.size());
  for (const auto& t : analysis.tokens) {
    token_bounds.insert(token_bounds.end(), {t.start, t.end});
    token_kinds.push_back(static_cast<uint8_t>(t.kind));
    token_keys += t.key;
    token_key_ends.push_back(static_cast<uint32_t>(token_keys.size()));
  }

  val result = val::object();
  result.set("ok", true);
  result.set("paragraphs", CopyToTypedArray("Uint32Array", paragraphs));
  result.set("paragraphKinds", CopyToTypedArray("Uint8Array", paragraph_kinds));
  result.set("sentences", CopyToTypedArray("Uint32Array", sentences));
  result.set("tokens", CopyToTypedArray("Uint32Array", token_bounds));
  result.set("tokenKinds", CopyToTypedArray("Uint8Array", token_kinds));
  result.set("tokenKeys", token_keys);
  result.set("tokenKeyEnds", CopyToTypedArray("Uint32Array", token_key_ends));
  SetAnnotations(analysis, &result);
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
}
