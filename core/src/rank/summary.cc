// Lazy greedy MMR: a candidate's marginal value only falls as the summary grows, so a
// max-heap of stale values needs each candidate re-checked only against new picks.
#include "rank/summary.h"

#include <algorithm>
#include <cmath>
#include <queue>

#include "precis/analyzer.h"
#include "rank/similarity_graph.h"
#include "text/word_length.h"
#include "text/utf16.h"

namespace precis::rank {
namespace {

// Relevance against redundancy (scores are scaled to [0, 1] first).
constexpr double kLambda = 0.7;
// A sentence this similar to a chosen one is a near-copy (a caption repeating the lead, a
// quote given twice): it adds nothing, whatever its score.
constexpr double kNearDuplicate = 0.8;

struct Entry {
  double value;
  uint32_t sentence;
  uint32_t checked;  // how many picks its value accounts for
  bool operator<(const Entry& other) const {
    return value != other.value ? value < other.value : sentence > other.sentence;
  }
};

// "" between CJK sentences (their text has no spaces), " " otherwise.
std::u16string_view Separator(std::u16string_view previous, std::u16string_view next) {
  if (previous.empty() || next.empty()) return u"";
  const char16_t last = previous.back();
  const char16_t first = next.front();
  auto wide = [](char16_t c) {
    return text::IsCjkChar(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ||
           c == u'”' || c == u'“';
  };
  return wide(last) || wide(first) ? u"" : u" ";
}

}  // namespace

void SelectSentences(std::u16string_view text, const Analysis& analysis, const SummaryBudget& budget,
                     Summary* summary) {
  *summary = Summary();
  const size_t n = analysis.sentences.size();
  if (n == 0 || analysis.sentence_scores.size() != n) return;
  const std::vector<SentenceScore>& scores = analysis.sentence_scores;
  const bool have_vectors = analysis.sentence_vectors.offsets.size() == n + 1;

  double low = 0, high = 0;
  size_t eligible = 0;
  for (const SentenceScore& s : scores) {
    if (!s.eligible) continue;
    low = eligible == 0 ? s.score : std::min(low, s.score);
    high = eligible == 0 ? s.score : std::max(high, s.score);
    ++eligible;
  }
  if (eligible == 0) return;
  size_t max_sentences = eligible;
  size_t max_characters = 0;
  if (budget.sentences > 0) {
    max_sentences = std::min<size_t>(budget.sentences, eligible);
  } else if (budget.ratio > 0) {
    const double r = std::min(1.0, budget.ratio);
    max_sentences = std::max<size_t>(1, static_cast<size_t>(std::lround(r * eligible)));
  } else if (budget.characters > 0) {
    max_characters = budget.characters;
  } else {
    max_sentences = std::min<size_t>(3, eligible);
  }
  const double range = high > low ? high - low : 1;

  std::priority_queue<Entry> heap;
  for (uint32_t i = 0; i < n; ++i) {
    if (scores[i].eligible) heap.push({kLambda * (scores[i].score - low) / range, i, 0});
  }
  std::vector<uint32_t> picks;
  std::vector<double> redundancy(n, 0);
  size_t characters = 0;
  while (!heap.empty() && picks.size() < max_sentences) {
    Entry top = heap.top();
    heap.pop();
    if (top.checked < picks.size()) {
      for (size_t p = top.checked; p < picks.size(); ++p) {
        if (have_vectors) {
          redundancy[top.sentence] =
              std::max(redundancy[top.sentence], Cosine(analysis.sentence_vectors, top.sentence, picks[p]));
        }
      }
      if (redundancy[top.sentence] >= kNearDuplicate) continue;
      top.value = kLambda * (scores[top.sentence].score - low) / range - (1 - kLambda) * redundancy[top.sentence];
      top.checked = static_cast<uint32_t>(picks.size());
      heap.push(top);
      continue;
    }
    const Sentence& s = analysis.sentences[top.sentence];
    if (max_characters > 0) {
      if (characters + (s.end - s.start) > max_characters) continue;  // try shorter ones
      characters += s.end - s.start;
    }
    picks.push_back(top.sentence);
  }

  std::vector<uint32_t> ordered = picks;
  std::sort(ordered.begin(), ordered.end());
  for (uint32_t sentence : ordered) {
    summary->sentences.push_back(sentence);
    summary->ranks.push_back(
        static_cast<uint32_t>(std::find(picks.begin(), picks.end(), sentence) - picks.begin() + 1));
    const Sentence& s = analysis.sentences[sentence];
    const std::u16string_view body = text.substr(s.start, s.end - s.start);
    summary->text += Separator(summary->text, body);
    summary->text += body;
  }
}

}  // namespace precis::rank

namespace precis {

Status SelectSummary(std::u16string_view text, const Analysis& analysis, const SummaryBudget& budget,
                     Summary* summary) {
  const size_t n = analysis.sentences.size();
  if (analysis.sentence_scores.size() != n ||
      (!analysis.sentence_vectors.offsets.empty() && analysis.sentence_vectors.offsets.size() != n + 1)) {
    return Status(StatusCode::kInvalidArgument, "the analysis has no sentence scores to select from");
  }
  if (budget.ratio < 0 || std::isnan(budget.ratio)) {
    return Status(StatusCode::kInvalidArgument, "the summary ratio must be a number between 0 and 1");
  }
  for (const Sentence& s : analysis.sentences) {
    if (s.start > s.end || s.end > text.size()) {
      return Status(StatusCode::kInvalidArgument, "a sentence lies outside the text");
    }
  }
  const SentenceVectors& v = analysis.sentence_vectors;
  for (size_t i = 0; i + 1 < v.offsets.size(); ++i) {
    if (v.offsets[i] > v.offsets[i + 1] || v.offsets[i + 1] > v.terms.size() || v.terms.size() != v.weights.size()) {
      return Status(StatusCode::kInvalidArgument, "the sentence vectors are malformed");
    }
  }
  rank::SelectSentences(text, analysis, budget, summary);
  return Status::Ok();
}

}  // namespace precis
