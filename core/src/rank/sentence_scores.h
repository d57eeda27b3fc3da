// A score for every sentence with its reasons: centrality, news position, keyphrase
// coverage, and penalties for headings, image lines, boilerplate, questions and odd lengths.
#ifndef PRECIS_RANK_SENTENCE_SCORES_H_
#define PRECIS_RANK_SENTENCE_SCORES_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"
#include "rank/line_kinds.h"
#include "rank/terms.h"

namespace precis::rank {

struct SentenceEvidence {
  std::vector<double> centrality;     // LexRank, mean 1 over eligible sentences
  std::vector<double> centroid;       // cosine with the rest of the article (CentroidSimilarity)
  std::vector<double> term_scores;    // per term (RankTerms)
  std::vector<LineKind> line_kinds;   // per paragraph
  std::vector<bool> boilerplate;      // per sentence
};

std::vector<SentenceScore> ScoreSentences(std::u16string_view text, const Analysis& analysis,
                                          const DocumentTerms& doc, const SentenceEvidence& evidence);

}  // namespace precis::rank

#endif  // PRECIS_RANK_SENTENCE_SCORES_H_
