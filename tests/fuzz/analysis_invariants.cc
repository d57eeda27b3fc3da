// Checks an Analysis against its text. Written to report the first broken promise in
// words a person can act on, since a fuzzer finding is read by someone later.
#include "analysis_invariants.h"

#include <cmath>
#include <cstdio>
#include <vector>

#include "precis/analyzer.h"
#include "segment/tokens.h"
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

// A summary: chosen sentences valid, eligible, in original order without repeats, ranks a
// permutation of 1..n, within the budget, and its text exactly the chosen sentences joined
// (with at most one space between two).
std::string CheckSummary(std::u16string_view text, const Analysis& analysis, const Summary& summary,
                         const SummaryBudget& budget) {
  const std::string which = "summary under budget (" + std::to_string(budget.sentences) + " sentences, ratio " +
                            std::to_string(budget.ratio) + ", " + std::to_string(budget.characters) + " characters)";
  if (summary.ranks.size() != summary.sentences.size()) return which + " has ranks for a different number of sentences";
  std::vector<bool> rank_seen(summary.sentences.size() + 1, false);
  size_t characters = 0;
  size_t at = 0;  // position in summary.text
  for (size_t i = 0; i < summary.sentences.size(); ++i) {
    const uint32_t index = summary.sentences[i];
    if (index >= analysis.sentences.size()) return which + " names sentence " + std::to_string(index);
    if (i > 0 && index <= summary.sentences[i - 1]) return which + " is not in original order";
    if (!analysis.sentence_scores[index].eligible) return which + " holds ineligible sentence " + std::to_string(index);
    const uint32_t rank = summary.ranks[i];
    if (rank == 0 || rank > summary.sentences.size() || rank_seen[rank]) return which + " has a bad rank";
    rank_seen[rank] = true;
    const Sentence& s = analysis.sentences[index];
    characters += s.end - s.start;
    if (i > 0 && at < summary.text.size() && summary.text[at] == u' ') ++at;
    if (summary.text.compare(at, s.end - s.start, text.substr(s.start, s.end - s.start)) != 0) {
      return which + ": its text does not hold sentence " + std::to_string(index) + " as written";
    }
    at += s.end - s.start;
  }
  if (at != summary.text.size()) return which + ": its text holds more than its sentences";
  if (budget.sentences > 0 && summary.sentences.size() > budget.sentences) return which + " has too many sentences";
  if (budget.sentences == 0 && budget.ratio == 0 && budget.characters > 0 && characters > budget.characters) {
    return which + " is longer than its budget";
  }
  return "";
}

// The ranking stage: one finite score per sentence, boilerplate never eligible, vectors in
// compressed-row form with finite weights, keyphrases best first with a score in [0, 1],
// written as one of their occurrences, whose spans are whole characters inside the text;
// the summary valid, and re-selection under other budgets valid too.
std::string CheckRanking(std::u16string_view text, const Analysis& analysis) {
  const size_t n = analysis.sentences.size();
  if (analysis.sentence_scores.size() != n) {
    return std::to_string(analysis.sentence_scores.size()) + " sentence scores for " + std::to_string(n) + " sentences";
  }
  for (size_t i = 0; i < n; ++i) {
    const SentenceScore& score = analysis.sentence_scores[i];
    if (!std::isfinite(score.score)) return "sentence " + std::to_string(i) + " has a score that is not finite";
    for (float c : score.contributions) {
      if (!std::isfinite(c)) return "sentence " + std::to_string(i) + " has a contribution that is not finite";
    }
    if (score.boilerplate && score.eligible) return "sentence " + std::to_string(i) + " is boilerplate yet eligible";
  }
  const SentenceVectors& v = analysis.sentence_vectors;
  if (!v.offsets.empty()) {
    if (v.offsets.size() != n + 1 || v.offsets.front() != 0 || v.offsets.back() != v.terms.size() ||
        v.terms.size() != v.weights.size()) {
      return "sentence vectors are not in compressed-row form";
    }
    for (size_t i = 0; i < n; ++i) {
      if (v.offsets[i] > v.offsets[i + 1]) return "sentence vector offsets decrease at " + std::to_string(i);
    }
    for (float w : v.weights) {
      if (!std::isfinite(w)) return "a sentence vector weight is not finite";
    }
  }
  for (size_t i = 0; i < analysis.keyphrases.size(); ++i) {
    const Keyphrase& k = analysis.keyphrases[i];
    const std::string which = "keyphrase " + std::to_string(i);
    if (!(k.score >= 0 && k.score <= 1)) return which + " has a score outside [0, 1]";
    if (i > 0 && k.score > analysis.keyphrases[i - 1].score) return which + " scores above the one before";
    if (k.text.empty() || k.occurrences.empty()) return which + " is empty or never occurs";
    std::string problem = CheckLayer(which.c_str(), text, k.occurrences);
    if (!problem.empty()) return problem + " (an occurrence)";
    bool written = false;
    for (const Span& span : k.occurrences) written = written || text.substr(span.start, span.end - span.start) == k.text;
    if (!written) return which + " is displayed as text none of its occurrences holds";
  }
  std::string problem = CheckSummary(text, analysis, analysis.summary, Options().summary_budget);
  if (!problem.empty()) return problem;
  // Other budgets, chosen from the text's size so that each input tries different ones.
  const SummaryBudget budgets[] = {{1, 0, 0},
                                   {static_cast<uint32_t>(n + 1), 0, 0},
                                   {0, 0.5, 0},
                                   {0, 1.0, 0},
                                   {0, 0, static_cast<uint32_t>(text.size() / 3 + 1)}};
  for (const SummaryBudget& budget : budgets) {
    Summary summary;
    Status status = SelectSummary(text, analysis, budget, &summary);
    if (!status.ok()) return "SelectSummary failed: " + status.message();
    problem = CheckSummary(text, analysis, summary, budget);
    if (!problem.empty()) return problem;
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
  return CheckRanking(text, analysis);
}

std::string FindWordEngineMismatch(std::u16string_view text) {
  static segment::Tokenizer* tokenizer = [] {
    std::unique_ptr<segment::Tokenizer> created;
    return segment::Tokenizer::Create(&created).ok() ? created.release() : nullptr;
  }();
  if (tokenizer == nullptr) return "cannot create a tokenizer";
  std::vector<Token> own, icu;
  if (!tokenizer->Segment(text, &own).ok() || !tokenizer->SegmentWithIcuOnly(text, &icu).ok()) {
    return "word segmentation failed";
  }
  for (size_t i = 0; i < own.size() || i < icu.size(); ++i) {
    if (i >= own.size() || i >= icu.size() || own[i].start != icu[i].start || own[i].end != icu[i].end ||
        own[i].kind != icu[i].kind) {
      const Token& a = i < own.size() ? own[i] : Token();
      const Token& b = i < icu.size() ? icu[i] : Token();
      return "word " + std::to_string(i) + ": the CJK word lattice gives " + Where("token", i, a.start, a.end) +
             " of kind " + std::to_string(static_cast<int>(a.kind)) + ", ICU's iterator " +
             Where("token", i, b.start, b.end) + " of kind " + std::to_string(static_cast<int>(b.kind));
    }
  }
  return "";
}

std::string AnalyzeAndCheck(std::u16string_view text) {
  Analysis analysis;
  Status status = Analyze(text, Options(), &analysis);
  if (!status.ok()) return "Analyze failed: " + status.message();
  std::string problem = FindViolation(text, analysis);
  if (problem.empty()) problem = FindWordEngineMismatch(text);
  return problem;
}

}  // namespace precis::fuzz
