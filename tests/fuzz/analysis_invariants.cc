// Checks an Analysis against its text. Written to report the first broken promise in
// words a person can act on, since a fuzzer finding is read by someone later.
#include "analysis_invariants.h"

#include <cstdio>
#include <vector>

#include "precis/analyzer.h"
#include "text/utf16.h"

namespace precis::fuzz {
namespace {

bool IsLead(char16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
bool IsTrail(char16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

// True when `offset` falls between a lead surrogate and its trail: a slice there would
// cut a character in half.
bool SplitsPair(std::u16string_view text, uint32_t offset) {
  return offset > 0 && offset < text.size() && IsLead(text[offset - 1]) && IsTrail(text[offset]);
}

std::string Where(const char* layer, size_t index, uint32_t start, uint32_t end) {
  return std::string(layer) + " " + std::to_string(index) + " [" + std::to_string(start) + ", " +
         std::to_string(end) + ")";
}

// Spans of one layer: non-empty, inside the text, in order without overlap, whole characters.
template <typename SpanLike>
std::string CheckLayer(const char* layer, std::u16string_view text, const std::vector<SpanLike>& spans) {
  uint32_t previous_end = 0;
  for (size_t i = 0; i < spans.size(); ++i) {
    const SpanLike& span = spans[i];
    if (span.start >= span.end) return Where(layer, i, span.start, span.end) + " is empty or reversed";
    if (span.end > text.size()) {
      return Where(layer, i, span.start, span.end) + " ends past the text of " + std::to_string(text.size());
    }
    if (span.start < previous_end) return Where(layer, i, span.start, span.end) + " overlaps or precedes the one before";
    if (SplitsPair(text, span.start) || SplitsPair(text, span.end)) {
      return Where(layer, i, span.start, span.end) + " splits a surrogate pair";
    }
    previous_end = span.end;
  }
  return "";
}

// Annotations and highlights: inside the text, whole characters, sorted by start; entities
// never overlap one another; speakers inside the text; highlights name real annotations.
std::string CheckAnnotations(std::u16string_view text, const Analysis& analysis) {
  uint32_t previous_start = 0;
  uint32_t entity_end = 0;
  for (size_t i = 0; i < analysis.annotations.size(); ++i) {
    const Annotation& a = analysis.annotations[i];
    if (a.start >= a.end || a.end > text.size()) return Where("annotation", i, a.start, a.end) + " is empty or past the text";
    if (a.start < previous_start) return Where("annotation", i, a.start, a.end) + " starts before the one before";
    if (SplitsPair(text, a.start) || SplitsPair(text, a.end)) return Where("annotation", i, a.start, a.end) + " splits a surrogate pair";
    if ((a.speaker_start == kNoSpeaker) != (a.speaker_end == kNoSpeaker) ||
        (a.speaker_start != kNoSpeaker && (a.speaker_start >= a.speaker_end || a.speaker_end > text.size()))) {
      return Where("annotation", i, a.start, a.end) + " has a speaker span out of place";
    }
    if (a.kind != AnnotationKind::kQuotation) {
      if (a.start < entity_end) return Where("annotation", i, a.start, a.end) + " overlaps the entity before";
      entity_end = a.end;
    }
    previous_start = a.start;
  }
  previous_start = 0;
  for (size_t i = 0; i < analysis.highlights.size(); ++i) {
    const Highlight& h = analysis.highlights[i];
    if (h.start >= h.end || h.end > text.size()) return Where("highlight", i, h.start, h.end) + " is empty or past the text";
    if (h.start < previous_start) return Where("highlight", i, h.start, h.end) + " starts before the one before";
    if (SplitsPair(text, h.start) || SplitsPair(text, h.end)) return Where("highlight", i, h.start, h.end) + " splits a surrogate pair";
    if (h.annotation < -1 || h.annotation >= static_cast<int64_t>(analysis.annotations.size())) {
      return Where("highlight", i, h.start, h.end) + " names annotation " + std::to_string(h.annotation);
    }
    if (!(h.score >= 0 && h.score <= 1)) return Where("highlight", i, h.start, h.end) + " has a score outside [0, 1]";
    previous_start = h.start;
  }
  if (analysis.paragraph_languages.size() != analysis.paragraphs.size()) {
    return std::to_string(analysis.paragraph_languages.size()) + " paragraph languages for " +
           std::to_string(analysis.paragraphs.size()) + " paragraphs";
  }
  return "";
}

}  // namespace

std::string FindViolation(std::u16string_view text, const Analysis& analysis) {
  std::string problem = CheckLayer("paragraph", text, analysis.paragraphs);
  if (problem.empty()) problem = CheckLayer("sentence", text, analysis.sentences);
  if (problem.empty()) problem = CheckLayer("token", text, analysis.tokens);
  if (problem.empty()) problem = CheckAnnotations(text, analysis);
  if (!problem.empty()) return problem;

  uint32_t position = 0;
  for (size_t i = 0; i < analysis.tokens.size(); ++i) {
    const Token& token = analysis.tokens[i];
    if (token.start != position) return Where("token", i, token.start, token.end) + " leaves a gap or overlaps";
    if (static_cast<int>(token.kind) > static_cast<int>(kLastTokenKind)) {
      return Where("token", i, token.start, token.end) + " has an unknown kind";
    }
    position = token.end;
  }
  if (position != text.size()) {
    return "tokens cover " + std::to_string(position) + " of " + std::to_string(text.size()) + " code units";
  }

  std::vector<bool> in_sentence(text.size(), false);
  for (size_t i = 0; i < analysis.sentences.size(); ++i) {
    const Sentence& sentence = analysis.sentences[i];
    if (sentence.paragraph >= analysis.paragraphs.size()) {
      return Where("sentence", i, sentence.start, sentence.end) + " names paragraph " +
             std::to_string(sentence.paragraph) + " of " + std::to_string(analysis.paragraphs.size());
    }
    const Paragraph& paragraph = analysis.paragraphs[sentence.paragraph];
    if (sentence.start < paragraph.start || sentence.end > paragraph.end) {
      return Where("sentence", i, sentence.start, sentence.end) + " is not inside its " +
             Where("paragraph", sentence.paragraph, paragraph.start, paragraph.end);
    }
    for (uint32_t j = sentence.start; j < sentence.end; ++j) in_sentence[j] = true;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    if (!in_sentence[i] && !text::IsSpace(text[i])) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(text[i]));
      return "code unit " + std::to_string(i) + " (" + hex + ") is not blank yet belongs to no sentence";
    }
  }
  return "";
}

std::string AnalyzeAndCheck(std::u16string_view text) {
  Analysis analysis;
  Status status = Analyze(text, Options(), &analysis);
  if (!status.ok()) return "Analyze failed: " + status.message();
  return FindViolation(text, analysis);
}

}  // namespace precis::fuzz
