// The score is a sum of feature contributions, so every score explains itself. Weights are
// few and set by reasoning about news (and checked with ROUGE on the dev sets).
#include "rank/sentence_scores.h"

#include <algorithm>
#include <cmath>

#include <unicode/uchar.h>

#include "text/utf16.h"
#include "text/word_length.h"

namespace precis::rank {
namespace {

constexpr double kCentralityWeight = 0.5;  // times centrality relative to the article's best
constexpr double kPositionWeight = 3.0;  // news puts the gist first
// The lead prior belongs to stories: a post of a few sentences (up to kPostWords) has no lead
// to prefer, and the prior grows to its full weight at kStoryWords (several paragraphs).
// In a post, position only breaks near-ties.
constexpr double kPostWords = 70;
constexpr double kStoryWords = 150;
constexpr double kPostPositionWeight = 0.05;
constexpr double kOpeningWeight = 0.15;  // first sentence of a paragraph (several paragraphs)
constexpr double kKeyphraseWeight = 0.5;  // times coverage relative to the article's best
constexpr double kHeadingPenalty = -1.0;
constexpr double kImagePenalty = -1.0;
constexpr double kBoilerplatePenalty = -2.0;
constexpr double kQuestionPenalty = -0.3;
constexpr double kShortWords = 6;   // below this many words a sentence says too little
constexpr double kShortPenalty = -1.2;
constexpr double kLongWords = 55;   // beyond this many words a sentence costs too much budget
constexpr double kLongPenalty = -0.6;

bool IsQuestion(std::u16string_view sentence) {
  size_t i = sentence.size();
  while (i > 0 && (u_hasBinaryProperty(sentence[i - 1], UCHAR_QUOTATION_MARK) || sentence[i - 1] == u')' ||
                   sentence[i - 1] == u'）' || sentence[i - 1] == u'」' || sentence[i - 1] == u'』' ||
                   text::IsSpace(sentence[i - 1]))) {
    --i;
  }
  return i > 0 && (sentence[i - 1] == u'?' || sentence[i - 1] == u'？');
}

}  // namespace

std::vector<SentenceScore> ScoreSentences(std::u16string_view text, const Analysis& analysis,
                                          const DocumentTerms& doc, const SentenceEvidence& evidence) {
  const size_t n = analysis.sentences.size();
  std::vector<SentenceScore> scores(n);
  double best_term = 0;
  for (double s : evidence.term_scores) best_term = std::max(best_term, s);
  // Key terms for coverage: the same best third (at least ten) that keyphrases use. Only the
  // score of the last of them matters: a partition finds it as a sort would.
  std::vector<double> sorted_terms = evidence.term_scores;
  const size_t key_count = std::min(sorted_terms.size(), std::max<size_t>(10, sorted_terms.size() / 3));
  if (key_count > 0) {
    std::nth_element(sorted_terms.begin(), sorted_terms.begin() + (key_count - 1), sorted_terms.end(),
                     std::greater<double>());
  }
  const double key_threshold = key_count ? sorted_terms[key_count - 1] : 0;
  const bool several_paragraphs = analysis.paragraphs.size() > 1;
  std::vector<double> words(n, 0);
  double article_words = 0;
  for (size_t i = 0; i < n; ++i) {
    const Sentence& sentence = analysis.sentences[i];
    words[i] = text::LengthInWords(text.substr(sentence.start, sentence.end - sentence.start));
    if (!evidence.boilerplate[i]) article_words += words[i];
  }
  const double lead_strength =
      std::clamp((article_words - kPostWords) / (kStoryWords - kPostWords), 0.0, 1.0);

  // Coverage: the summed scores of the distinct key terms a sentence holds.
  std::vector<double> coverage(n, 0);
  double best_coverage = 0, best_centrality = 0, best_centroid = 0;
  std::vector<uint32_t> seen(doc.terms.size(), 0);
  for (size_t i = 0; i < n && best_term > 0; ++i) {
    for (uint32_t k = doc.sentence_token_begin[i]; k < doc.sentence_token_end[i]; ++k) {
      if (doc.token_term[k] < 0) continue;
      const auto term = static_cast<uint32_t>(doc.token_term[k]);
      if (seen[term] == i + 1 || evidence.term_scores[term] < key_threshold) continue;
      seen[term] = static_cast<uint32_t>(i + 1);
      coverage[i] += evidence.term_scores[term] / best_term;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    const uint32_t p = analysis.sentences[i].paragraph;
    const bool body = p >= evidence.line_kinds.size() || evidence.line_kinds[p] == LineKind::kBody;
    if (evidence.boilerplate[i] || !body) continue;
    best_coverage = std::max(best_coverage, coverage[i]);
    best_centrality = std::max(best_centrality, evidence.centrality[i]);
    best_centroid = std::max(best_centroid, evidence.centroid[i]);
  }
  uint32_t ordinal = 0;  // position among the eligible sentences
  for (size_t i = 0; i < n; ++i) {
    const Sentence& sentence = analysis.sentences[i];
    const std::u16string_view body = text.substr(sentence.start, sentence.end - sentence.start);
    SentenceScore& score = scores[i];
    auto add = [&](SentenceFeature feature, double value) {
      score.contributions[static_cast<size_t>(feature)] = static_cast<float>(value);
    };
    const LineKind kind = sentence.paragraph < evidence.line_kinds.size()
                              ? evidence.line_kinds[sentence.paragraph]
                              : LineKind::kBody;
    score.boilerplate = evidence.boilerplate[i];
    score.eligible = !score.boilerplate && kind == LineKind::kBody;
    if (kind == LineKind::kHeading) add(SentenceFeature::kHeading, kHeadingPenalty);
    if (kind == LineKind::kImage) add(SentenceFeature::kImage, kImagePenalty);
    if (score.boilerplate) add(SentenceFeature::kBoilerplate, kBoilerplatePenalty);

    if (score.eligible) {
      // Centrality relative to the article's best. A story: LexRank (recommended by similar
      // sentences). A post of a few sentences gives a random walk too small a graph to say
      // more than pairwise overlap: closeness to the rest of the post (its centroid) instead.
      const double lexrank = best_centrality > 0 ? evidence.centrality[i] / best_centrality : 0;
      const double centroid = best_centroid > 0 ? evidence.centroid[i] / best_centroid : 0;
      add(SentenceFeature::kCentrality,
          kCentralityWeight * (lead_strength * lexrank + (1 - lead_strength) * centroid));
      double position = 1.0 / std::sqrt(1.0 + ordinal);
      const bool opens_paragraph = i == 0 || analysis.sentences[i - 1].paragraph != sentence.paragraph;
      if (several_paragraphs && opens_paragraph) position += kOpeningWeight;
      add(SentenceFeature::kPosition,
          (kPostPositionWeight + (kPositionWeight - kPostPositionWeight) * lead_strength) * position);
      ++ordinal;
    }

    // In a post the key terms come from its few sentences, so coverage mostly measures length,
    // and a question often states the topic: both are story features.
    if (best_coverage > 0) {
      add(SentenceFeature::kKeyphrases, lead_strength * kKeyphraseWeight * coverage[i] / best_coverage);
    }
    if (IsQuestion(body)) add(SentenceFeature::kQuestion, lead_strength * kQuestionPenalty);
    if (words[i] < kShortWords) {
      add(SentenceFeature::kLength, kShortPenalty * (kShortWords - words[i]) / kShortWords);
    } else if (words[i] > kLongWords) {
      add(SentenceFeature::kLength, kLongPenalty * std::min(1.0, (words[i] - kLongWords) / kLongWords));
    }
    for (float c : score.contributions) score.score += c;
  }
  return scores;
}

}  // namespace precis::rank
