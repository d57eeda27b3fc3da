// Helpers for the annotation tests: reading fixture files and finding an annotation by
// its kind and exact text.
#ifndef PRECIS_TESTS_CORE_ANNOTATE_ANNOTATION_TEST_UTIL_H_
#define PRECIS_TESTS_CORE_ANNOTATE_ANNOTATION_TEST_UTIL_H_

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "precis/analysis.h"
#include "../test_text.h"

namespace precis::testing {

// The file's bytes, or "" when it does not exist.
inline std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline std::string FixturePath(const std::string& name) {
  return std::string(PRECIS_SOURCE_DIR) + "/tests/fixtures/annotate/" + name;
}

// The first annotation of `kind` whose span is exactly `utf8`, or nullptr.
inline const Annotation* FindAnnotation(std::u16string_view text, const std::vector<Annotation>& annotations,
                                        AnnotationKind kind, const std::string& utf8) {
  for (const Annotation& a : annotations) {
    if (a.kind == kind && U8(text.substr(a.start, a.end - a.start)) == utf8) return &a;
  }
  return nullptr;
}

inline std::string SpeakerOf(std::u16string_view text, const Annotation& quotation) {
  if (quotation.speaker_start == kNoSpeaker) return "";
  return U8(text.substr(quotation.speaker_start, quotation.speaker_end - quotation.speaker_start));
}

}  // namespace precis::testing

#endif  // PRECIS_TESTS_CORE_ANNOTATE_ANNOTATION_TEST_UTIL_H_
