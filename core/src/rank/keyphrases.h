// Keyphrases: TextRank over the term co-occurrence graph, biased by the background priors,
// then adjacent key terms merged into phrases with every occurrence's span.
#ifndef PRECIS_RANK_KEYPHRASES_H_
#define PRECIS_RANK_KEYPHRASES_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"
#include "rank/terms.h"

namespace precis::rank {

// Per term, its importance in the article (TextRank score times prior); terms in
// `excluded_sentences` (boilerplate) take no part.
std::vector<double> RankTerms(const DocumentTerms& doc, const Analysis& analysis,
                              const std::vector<bool>& excluded_sentences);

// The best `limit` keyphrases, best first, scores relative to the best (1).
std::vector<Keyphrase> ExtractKeyphrases(std::u16string_view text, const Analysis& analysis,
                                         const DocumentTerms& doc,
                                         const std::vector<double>& term_scores,
                                         const std::vector<bool>& excluded_sentences,
                                         size_t limit);

}  // namespace precis::rank

#endif  // PRECIS_RANK_KEYPHRASES_H_
