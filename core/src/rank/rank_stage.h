// The ranking stage of Analyze: terms, keyphrases, sentence scores and the summary, from
// the paragraphs, sentences and tokens already in the analysis.
#ifndef PRECIS_RANK_RANK_STAGE_H_
#define PRECIS_RANK_RANK_STAGE_H_

#include <string_view>

#include <vector>

#include "annotate/highlights.h"
#include "precis/analysis.h"
#include "precis/analyzer.h"

namespace precis::rank {

void RankAnalysis(std::u16string_view text, const Options& options, Analysis* analysis);

// The ranked layers of the highlight list: the summary's sentences (rank 0 = chosen first,
// score scaled to [0, 1] over the article) and every keyphrase occurrence (its score).
std::vector<annotate::RankedSpan> KeySentenceSpans(const Analysis& analysis);
std::vector<annotate::RankedSpan> KeyphraseSpans(const Analysis& analysis);

}  // namespace precis::rank

#endif  // PRECIS_RANK_RANK_STAGE_H_
