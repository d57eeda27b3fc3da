// Embind bindings: converts core results into plain JS values (typed arrays, strings).
// No logic and no class handles: the JS facade in js/ builds the public API on top.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

#include "precis/analyzer.h"

namespace {

using emscripten::val;

// ICU keeps a pointer to its data for the life of the module, so the copy lives forever.
std::vector<unsigned char>& IcuDataStore() {
  static auto* store = new std::vector<unsigned char>();
  return *store;
}

val ErrorResult(const precis::Status& status) {
  val result = val::object();
  result.set("ok", false);
  result.set("code", static_cast<int>(status.code()));
  result.set("error", status.message());
  return result;
}

// Copies a vector of plain structs of 32-bit fields into a new Uint32Array, one struct after
// another, without an intermediate vector: the JS side reads fields by stride.
template <typename T>
val CopyStructsToUint32Array(const std::vector<T>& values) {
  static_assert(std::is_trivially_copyable_v<T> && sizeof(T) % sizeof(uint32_t) == 0 &&
                    alignof(T) == alignof(uint32_t),
                "only plain structs of 32-bit words (and padding) can be copied as words");
  const size_t words = values.size() * (sizeof(T) / sizeof(uint32_t));
  const auto* data = reinterpret_cast<const uint32_t*>(values.data());
  return val::global("Uint32Array").new_(emscripten::typed_memory_view(words, data));
}

// The facade reads these leading fields at these word offsets; each array's stride (words per
// struct) goes along with it, so fields appended later do not break it.
static_assert(offsetof(precis::Paragraph, start) == 0 && offsetof(precis::Paragraph, end) == 4);
static_assert(offsetof(precis::Sentence, end) == 4 && offsetof(precis::Sentence, paragraph) == 8);
// A token's kind is the low byte of its third word (wasm is little-endian); padding is masked.
static_assert(offsetof(precis::Token, end) == 4 && offsetof(precis::Token, kind) == 8);

template <typename T>
constexpr int Stride() {
  return sizeof(T) / sizeof(uint32_t);
}

// bytes: a Uint8Array holding an ICU .dat package.
val UseIcuData(val bytes) {
  std::vector<unsigned char>& store = IcuDataStore();
  if (!store.empty()) return ErrorResult({precis::StatusCode::kInvalidArgument, "the ICU data is already set"});
  store.resize(bytes["length"].as<size_t>());
  val(emscripten::typed_memory_view(store.size(), store.data())).call<void>("set", bytes);
  precis::Status status = precis::UseIcuData(store.data(), store.size());
  if (!status.ok()) {
    store.clear();
    return ErrorResult(status);
  }
  val result = val::object();
  result.set("ok", true);
  return result;
}

val Analyze(const std::u16string& text, double max_input_length) {
  precis::Options options;
  if (max_input_length > 0) options.max_input_length = static_cast<size_t>(max_input_length);
  precis::Analysis analysis;
  precis::Status status = precis::Analyze(text, options, &analysis);
  if (!status.ok()) return ErrorResult(status);

  val result = val::object();
  result.set("ok", true);
  result.set("paragraphs", CopyStructsToUint32Array(analysis.paragraphs));
  result.set("sentences", CopyStructsToUint32Array(analysis.sentences));
  result.set("tokens", CopyStructsToUint32Array(analysis.tokens));
  result.set("strides", val::array(std::vector<int>{Stride<precis::Paragraph>(), Stride<precis::Sentence>(),
                                                   Stride<precis::Token>()}));
  return result;
}

}  // namespace

EMSCRIPTEN_BINDINGS(precis) {
  emscripten::function("useIcuData", &UseIcuData);
  emscripten::function("analyze", &Analyze);
}
