// Summary selection: Maximal Marginal Relevance (Carbonell and Goldstein 1998) over the
// sentence scores and vectors, under a budget of sentences, a ratio or characters.
#ifndef PRECIS_RANK_SUMMARY_H_
#define PRECIS_RANK_SUMMARY_H_

#include <string_view>

#include "precis/analysis.h"

namespace precis::rank {

// Fills `summary` from analysis.sentences, sentence_scores and sentence_vectors alone
// (no segmentation), so that a page can re-select under another budget cheaply.
void SelectSentences(std::u16string_view text, const Analysis& analysis, const SummaryBudget& budget,
                     Summary* summary);

}  // namespace precis::rank

#endif  // PRECIS_RANK_SUMMARY_H_
