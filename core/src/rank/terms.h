// Terms of an article: the content words among its tokens (stop words, numbers and
// punctuation removed), each with a normalized key, its frequencies and a background prior.
#ifndef PRECIS_RANK_TERMS_H_
#define PRECIS_RANK_TERMS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/analysis.h"

namespace precis::rank {

struct TermInfo {
  std::u16string key;     // normalized; equal keys are one term
  double prior = 0;       // IDF-like background weight (lexicon/term_prior.h)
  uint32_t count = 0;     // occurrences in the article
  uint32_t sentences = 0; // sentences that hold it (document frequency)
  uint32_t capitalized = 0;  // occurrences written with a capital inside a sentence (not title case)
  uint32_t lowercase = 0;    // occurrences written in lower case
  bool latin = false;        // written in an alphabetic script (spaces between words)
  uint32_t first_token = 0;  // token index of the first occurrence
};

struct DocumentTerms {
  std::vector<TermInfo> terms;
  std::vector<int32_t> token_term;  // per token: its term, or -1 when it is no term
  // Per sentence, the token range [sentence_tokens[i], sentence_tokens[i + 1]).
  std::vector<uint32_t> sentence_token_begin;
  std::vector<uint32_t> sentence_token_end;
  // Character bigrams of CJK text, per sentence (ids from 0, in order of appearance):
  // word segmentation of Chinese is unsure, so sentence similarity also compares bigrams.
  std::vector<uint32_t> sentence_bigram_offsets;  // sentences + 1 entries
  std::vector<uint32_t> bigrams;
  std::vector<uint32_t> bigram_sentences;  // per bigram id, its document frequency
  // Per sentence, its distinct units (term ids, then bigram ids offset by terms.size()) in
  // ascending order, each with its count: [sentence_unit_offsets[i], sentence_unit_offsets[i + 1])
  // into units and unit_counts. The sentence and centroid vectors both read them.
  std::vector<uint32_t> sentence_unit_offsets;  // sentences + 1 entries
  std::vector<uint32_t> units;
  std::vector<uint32_t> unit_counts;

  // True for names and acronyms: mostly written capitalized inside sentences.
  bool IsName(uint32_t term) const {
    const TermInfo& t = terms[term];
    return t.latin && t.capitalized > 0 && t.capitalized >= 2 * t.lowercase;
  }
};

DocumentTerms ExtractTerms(std::u16string_view text, const Analysis& analysis);

// An English key with its apostrophe folded to ': empty for a contraction (don't, I've),
// the word itself for a possessive (Earth's -> earth).
std::u16string LatinFunctionForm(std::u16string key);

// The key that matches inflected English forms: plural -s/-es/-ies reduced, case folded.
std::u16string LatinStem(std::u16string key);

}  // namespace precis::rank

#endif  // PRECIS_RANK_TERMS_H_
