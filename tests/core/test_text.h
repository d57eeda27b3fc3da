// Helpers shared by the core tests: slicing spans out of UTF-16 text and UTF-8 conversion.
#ifndef PRECIS_TESTS_CORE_TEST_TEXT_H_
#define PRECIS_TESTS_CORE_TEST_TEXT_H_

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>

#include "precis/analysis.h"
#include "precis/analyzer.h"

namespace precis::testing {

inline std::u16string U16(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), utf8.size()));
  return std::u16string(s.getBuffer(), s.getBuffer() + s.length());
}

inline std::string U8(std::u16string_view utf16) {
  std::string out;
  icu::UnicodeString(false, utf16.data(), static_cast<int32_t>(utf16.size())).toUTF8String(out);
  return out;
}

template <typename SpanLike>
std::vector<std::string> Slices(std::u16string_view text, const std::vector<SpanLike>& spans) {
  std::vector<std::string> out;
  for (const auto& span : spans) out.push_back(U8(text.substr(span.start, span.end - span.start)));
  return out;
}

inline Analysis AnalyzeOrDie(std::u16string_view text) {
  Analysis analysis;
  Status status = Analyze(text, Options(), &analysis);
  if (!status.ok()) throw std::runtime_error(status.message());
  return analysis;
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_CORE_TEST_TEXT_H_
