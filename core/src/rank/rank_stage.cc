// Order matters: boilerplate and line kinds first (they take no part in the graphs), then
// terms and their ranks, sentence centrality, scores, keyphrases, and the summary last.
#include "rank/rank_stage.h"

#include <algorithm>

#include "rank/boilerplate.h"
#include "rank/centroid.h"
#include "rank/keyphrases.h"
#include "rank/line_kinds.h"
#include "rank/sentence_scores.h"
#include "rank/similarity_graph.h"
#include "rank/summary.h"
#include "rank/terms.h"

namespace precis::rank {

void RankAnalysis(std::u16string_view text, const Options& options, Analysis* analysis) {
  const size_t n = analysis->sentences.size();
  SentenceEvidence evidence;
  evidence.line_kinds = ClassifyLines(text, *analysis);
  evidence.boilerplate = MarkBoilerplate(text, *analysis);
  std::vector<bool> excluded(n, false);
  for (size_t i = 0; i < n; ++i) {
    const uint32_t p = analysis->sentences[i].paragraph;
    excluded[i] = evidence.boilerplate[i] ||
                  (p < evidence.line_kinds.size() && evidence.line_kinds[p] == LineKind::kImage);
  }

  const DocumentTerms doc = ExtractTerms(text, *analysis);
  evidence.term_scores = RankTerms(doc, *analysis, excluded);
  analysis->sentence_vectors = BuildSentenceVectors(doc);
  // Headings take part in keyphrases (a title names the subject) but not in centrality.
  std::vector<bool> not_body = excluded;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t p = analysis->sentences[i].paragraph;
    if (p < evidence.line_kinds.size() && evidence.line_kinds[p] != LineKind::kBody) not_body[i] = true;
  }
  const SimilarityGraph graph =
      BuildSimilarityGraph(analysis->sentence_vectors,
                           static_cast<uint32_t>(doc.terms.size() + doc.bigram_sentences.size()));
  evidence.centrality = LexRank(graph, not_body);
  evidence.centroid = CentroidSimilarity(
      BuildCentroidVectors(doc), static_cast<uint32_t>(doc.terms.size() + doc.bigram_sentences.size()),
      not_body);
  analysis->sentence_scores = ScoreSentences(text, *analysis, doc, evidence);
  analysis->keyphrases =
      ExtractKeyphrases(text, *analysis, doc, evidence.term_scores, excluded, options.max_keyphrases);
  SelectSentences(text, *analysis, options.summary_budget, &analysis->summary);
}

std::vector<annotate::RankedSpan> KeySentenceSpans(const Analysis& analysis) {
  double low = 0, high = 0;
  for (size_t i = 0; i < analysis.sentence_scores.size(); ++i) {
    const double s = analysis.sentence_scores[i].score;
    low = i == 0 ? s : std::min(low, s);
    high = i == 0 ? s : std::max(high, s);
  }
  std::vector<annotate::RankedSpan> spans;
  const Summary& summary = analysis.summary;
  for (size_t i = 0; i < summary.sentences.size(); ++i) {
    const Sentence& s = analysis.sentences[summary.sentences[i]];
    const double score = analysis.sentence_scores[summary.sentences[i]].score;
    spans.push_back({s.start, s.end, static_cast<float>(high > low ? (score - low) / (high - low) : 1.0),
                     static_cast<int32_t>(summary.ranks[i]) - 1});
  }
  return spans;
}

std::vector<annotate::RankedSpan> KeyphraseSpans(const Analysis& analysis) {
  std::vector<annotate::RankedSpan> spans;
  for (const Keyphrase& k : analysis.keyphrases) {
    for (const Span& o : k.occurrences) spans.push_back({o.start, o.end, static_cast<float>(k.score), -1});
  }
  std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  return spans;
}

}  // namespace precis::rank
