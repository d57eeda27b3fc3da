// TextRank (Mihalcea and Tarau 2004) with a teleport vector proportional to each term's
// prior, so that frequent function-like words lose to subject terms; phrases are maximal
// runs of adjacent key terms (no punctuation or stop word between them).
#include "rank/keyphrases.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <tuple>
#include <unordered_map>

#include <unicode/uchar.h>

#include "lexicon/stop_words.h"
#include "rank/flat_ids.h"
#include "text/utf16.h"

namespace precis::rank {
namespace {

constexpr uint32_t kWindow = 3;       // co-occurrence window over a sentence's terms
constexpr size_t kMaxPhraseTerms = 4;

// Two term tokens are adjacent when nothing lies between them (CJK), or a single space
// or hyphen (alphabetic scripts).
bool Adjacent(std::u16string_view text, const std::vector<Token>& tokens, uint32_t a, uint32_t b) {
  if (b == a + 1) return true;
  if (b != a + 2) return false;
  const Token& between = tokens[a + 1];
  const std::u16string_view gap = text.substr(between.start, between.end - between.start);
  return gap == u" " || gap == u"-";
}

// Words that the segmenter glued to an aspect or structural particle (提供了, 發展的).
bool EndsWithParticle(std::u16string_view key) {
  switch (key.back()) {
    case u'了': case u'的': case u'着': case u'过': case u'地': case u'得':
      return true;
    default:
      return false;
  }
}

// The form written most often (a title's capitals lose to the body's spelling); ties go
// to the earliest. Unless `name`, forms in lower case come first (Visitors at a sentence
// start is visitors).
std::u16string DisplayForm(std::u16string_view text, const std::vector<Span>& occurrences, bool name) {
  std::unordered_map<std::u16string_view, uint32_t> counts;
  std::u16string_view best;
  uint32_t best_count = 0;
  bool best_lower = false;
  for (const Span& span : occurrences) {
    const std::u16string_view form = text.substr(span.start, span.end - span.start);
    const uint32_t count = ++counts[form];
    const bool lower = !name && !u_isupper(static_cast<UChar32>(text::CodePointAt(form, 0)));
    if ((lower && !best_lower) || (lower == best_lower && count > best_count)) {
      best_lower = lower;
      best = form;
      best_count = count;
    }
  }
  return std::u16string(best);
}

// English adverbs (-ly) describe, they do not name a subject, alone or in a phrase. The
// nouns that end so are listed.
bool IsAdverb(const DocumentTerms& doc, uint32_t term) {
  const TermInfo& info = doc.terms[term];
  if (!info.latin || doc.IsName(term) || info.key.size() <= 4 ||
      info.key.compare(info.key.size() - 2, 2, u"ly") != 0) {
    return false;
  }
  static constexpr std::u16string_view kNouns[] = {u"family", u"supply", u"assembly", u"rally",
                                                   u"reply", u"anomaly", u"monopoly", u"belly",
                                                   u"jelly", u"bully", u"butterfly", u"ally"};
  return std::find(std::begin(kNouns), std::end(kNouns), info.key) == std::end(kNouns);
}

}  // namespace

std::vector<double> RankTerms(const DocumentTerms& doc, const Analysis& analysis,
                              const std::vector<bool>& excluded_sentences) {
  const size_t m = doc.terms.size();
  // Every co-occurrence as a pair key (lower term id high): equal keys are one edge, whose
  // weight is their count.
  FlatIds edge_ids(doc.token_term.size());
  std::vector<uint64_t> edges;  // by edge id
  std::vector<uint32_t> counts;
  std::vector<uint32_t> window;
  std::vector<double> teleport(m, 0);
  const size_t n = analysis.sentences.size();
  for (size_t s = 0; s < n; ++s) {
    if (excluded_sentences[s]) continue;
    window.clear();
    // The opening sentences (a title, a lead) say what the article is about.
    const double position_boost = s < 3 ? 2.0 : 1.0;
    for (uint32_t k = doc.sentence_token_begin[s]; k < doc.sentence_token_end[s]; ++k) {
      if (doc.token_term[k] < 0) continue;
      const auto term = static_cast<uint32_t>(doc.token_term[k]);
      teleport[term] += position_boost;
      const size_t from = window.size() > kWindow - 1 ? window.size() - (kWindow - 1) : 0;
      for (size_t w = from; w < window.size(); ++w) {
        const uint32_t other = window[w];
        if (other == term) continue;
        const uint64_t key = (uint64_t{std::min(term, other)} << 32) | std::max(term, other);
        const auto [id, added] = edge_ids.Intern(key);
        if (added) {
          edges.push_back(key);
          counts.push_back(0);
        }
        ++counts[id];
      }
      window.push_back(term);
    }
  }
  // Adjacency lists (both directions), each sorted by neighbor id for the iteration below.
  std::vector<uint32_t> degree_offsets(m + 1, 0);
  for (uint64_t key : edges) {
    ++degree_offsets[(key >> 32) + 1];
    ++degree_offsets[(key & 0xFFFFFFFF) + 1];
  }
  for (size_t i = 0; i < m; ++i) degree_offsets[i + 1] += degree_offsets[i];
  std::vector<uint32_t> neighbors(degree_offsets[m]);
  std::vector<double> weights(degree_offsets[m]);
  // Weights are counts (whole numbers), so each strength sums exactly in any order.
  std::vector<double> strength(m, 0);
  {
    std::vector<uint32_t> fill(degree_offsets.begin(), degree_offsets.end() - 1);
    for (size_t e = 0; e < edges.size(); ++e) {
      const auto weight = static_cast<double>(static_cast<float>(counts[e]));
      const auto a = static_cast<uint32_t>(edges[e] >> 32), b = static_cast<uint32_t>(edges[e] & 0xFFFFFFFF);
      neighbors[fill[a]] = b;
      weights[fill[a]++] = weight;
      neighbors[fill[b]] = a;
      weights[fill[b]++] = weight;
      strength[a] += weight;
      strength[b] += weight;
    }
    std::vector<std::pair<uint32_t, double>> long_list;
    for (size_t t = 0; t < m; ++t) {
      const uint32_t begin = degree_offsets[t], end = degree_offsets[t + 1];
      if (end - begin > 32) {  // a hub term (long texts): a real sort
        long_list.clear();
        for (uint32_t i = begin; i < end; ++i) long_list.emplace_back(neighbors[i], weights[i]);
        std::sort(long_list.begin(), long_list.end());
        for (uint32_t i = begin; i < end; ++i) std::tie(neighbors[i], weights[i]) = long_list[i - begin];
        continue;
      }
      // Insertion sort: most lists are short (a term's neighbors within a window of three).
      for (uint32_t i = degree_offsets[t] + 1; i < degree_offsets[t + 1]; ++i) {
        const uint32_t id = neighbors[i];
        const double weight = weights[i];
        uint32_t j = i;
        for (; j > degree_offsets[t] && neighbors[j - 1] > id; --j) {
          neighbors[j] = neighbors[j - 1];
          weights[j] = weights[j - 1];
        }
        neighbors[j] = id;
        weights[j] = weight;
      }
    }
  }
  double teleport_total = 0;
  for (size_t t = 0; t < m; ++t) {
    teleport[t] *= doc.terms[t].prior;
    teleport_total += teleport[t];
  }
  std::vector<double> rank(m, 0), next(m), share(m, 0);
  if (teleport_total <= 0) return rank;
  for (size_t t = 0; t < m; ++t) rank[t] = teleport[t] /= teleport_total;
  std::vector<uint32_t> dangling_terms;
  for (size_t t = 0; t < m; ++t) {
    if (strength[t] == 0) dangling_terms.push_back(static_cast<uint32_t>(t));
  }
  constexpr double kDamping = 0.85;
  for (int iteration = 0; iteration < 50; ++iteration) {
    double dangling = 0;
    for (uint32_t t : dangling_terms) dangling += rank[t];
    for (size_t t = 0; t < m; ++t) {
      if (strength[t] != 0) share[t] = kDamping * rank[t] / strength[t];
    }
    // Each term gathers its neighbors' shares in ascending neighbor order: the same sums in
    // the same order as scattering each term's share to its neighbors, term by term.
    const double base = (1 - kDamping) + kDamping * dangling;
    for (size_t t = 0; t < m; ++t) {
      double sum = base * teleport[t];
      for (uint32_t e = degree_offsets[t]; e < degree_offsets[t + 1]; ++e) sum += share[neighbors[e]] * weights[e];
      next[t] = sum;
    }
    double change = 0;
    for (size_t t = 0; t < m; ++t) change += std::fabs(next[t] - rank[t]);
    rank.swap(next);
    if (change < 1e-10) break;
  }
  for (size_t t = 0; t < m; ++t) rank[t] *= doc.terms[t].prior;
  return rank;
}

std::vector<Keyphrase> ExtractKeyphrases(std::u16string_view text, const Analysis& analysis,
                                         const DocumentTerms& doc,
                                         const std::vector<double>& term_scores,
                                         const std::vector<bool>& excluded_sentences,
                                         size_t limit) {
  const size_t m = doc.terms.size();
  if (m == 0 || limit == 0) return {};
  // Key terms: the best third of the terms, at least ten. Only which terms are among the
  // best counts, not their order: a partition, not a sort (the order is total, so the set
  // is the same).
  std::vector<uint32_t> order(m);
  for (uint32_t t = 0; t < m; ++t) order[t] = t;
  const size_t key_count = std::min(m, std::max<size_t>(10, m / 3));
  std::nth_element(order.begin(), order.begin() + (key_count - 1), order.end(), [&](uint32_t a, uint32_t b) {
    return term_scores[a] != term_scores[b] ? term_scores[a] > term_scores[b] : a < b;
  });
  std::vector<bool> is_key(m, false);
  for (size_t i = 0; i < key_count; ++i) {
    const uint32_t t = order[i];
    is_key[t] = !IsAdverb(doc, t) && !(doc.terms[t].latin && lexicon::IsWeakKeyphraseWord(doc.terms[t].key));
  }

  // A run's term ids (a run holds at most kMaxPhraseTerms), kept inline: length, then the ids.
  struct RunTerms {
    std::array<uint32_t, kMaxPhraseTerms + 1> ids{};
    size_t size() const { return ids[0]; }
    bool empty() const { return ids[0] == 0; }
    const uint32_t* begin() const { return ids.data() + 1; }
    const uint32_t* end() const { return ids.data() + 1 + ids[0]; }
    uint32_t operator[](size_t i) const { return ids[1 + i]; }
    bool operator==(const RunTerms& other) const { return ids == other.ids; }
    size_t Hash() const {
      uint64_t h = 0;
      for (uint32_t v : ids) h = (h ^ v) * 0x100000001B3ull;
      return static_cast<size_t>(h ^ (h >> 32));
    }
  };
  // Candidates: maximal runs of adjacent key terms inside one sentence, keyed by their terms.
  // A candidate's occurrences are kept together with all others (see occurrences below): a
  // vector each would cost an allocation or more for every candidate, most seen once.
  struct Candidate {
    RunTerms terms;
    Span first{};
    size_t occurrence_count = 0;
    uint32_t last_end = 0;  // of the last occurrence counted
    size_t output = SIZE_MAX;  // index among the chosen phrases
    double score = 0;
  };
  // Every occurrence of every candidate in the order counted.
  std::vector<std::pair<Candidate*, Span>> occurrences;
  std::unordered_map<std::u16string, Candidate> candidates;
  // The same candidates by their term ids in an open-addressing table, so that a run seen
  // before skips building its key; a new one takes the key path above, as always.
  struct ByTerms {
    RunTerms terms;
    Candidate* candidate = nullptr;
  };
  std::vector<ByTerms> by_terms(64);
  size_t by_terms_size = 0;
  auto find_slot = [](std::vector<ByTerms>& table, const RunTerms& terms) -> ByTerms& {
    const size_t mask = table.size() - 1;
    for (size_t i = terms.Hash() & mask;; i = (i + 1) & mask) {
      if (table[i].candidate == nullptr || table[i].terms == terms) return table[i];
    }
  };
  const std::vector<Token>& tokens = analysis.tokens;
  auto add_run = [&](const uint32_t* run_begin, const uint32_t* run_end) {
    RunTerms ids;
    ids.ids[0] = static_cast<uint32_t>(run_end - run_begin);
    for (const uint32_t* k = run_begin; k != run_end; ++k) {
      ids.ids[1 + (k - run_begin)] = static_cast<uint32_t>(doc.token_term[*k]);
    }
    ByTerms* slot = &find_slot(by_terms, ids);
    if (slot->candidate == nullptr) {
      std::u16string key;
      for (const uint32_t* k = run_begin; k != run_end; ++k) {
        key += doc.terms[static_cast<uint32_t>(doc.token_term[*k])].key;
        key += u'\x1f';
      }
      Candidate* added = &candidates[key];
      if ((by_terms_size + 1) * 2 > by_terms.size()) {
        std::vector<ByTerms> grown(by_terms.size() * 2);
        for (const ByTerms& old : by_terms) {
          if (old.candidate != nullptr) find_slot(grown, old.terms) = old;
        }
        by_terms.swap(grown);
        slot = &find_slot(by_terms, ids);
      }
      *slot = {ids, added};
      ++by_terms_size;
    }
    Candidate& c = *slot->candidate;
    Span span{tokens[*run_begin].start, tokens[*(run_end - 1)].end};
    // A possessive ending is no part of the name (ESPN's, the players').
    const std::u16string_view last = text.substr(span.start, span.end - span.start);
    if (last.size() > 3 && last.back() == u's' && (last[last.size() - 2] == u'\'' || last[last.size() - 2] == u'\u2019')) {
      span.end -= 2;
    } else if (last.size() > 3 && (last.back() == u'\'' || last.back() == u'\u2019') && last[last.size() - 2] == u's') {
      span.end -= 1;
    }
    if (c.terms.empty()) {
      c.terms = ids;
      c.first = span;
    }
    // Runs come left to right: in a repeated term (哈哈哈) the same phrase would overlap
    // its previous occurrence, which counts it twice and breaks the spans' order.
    if (c.occurrence_count > 0 && c.last_end > span.start) return;
    occurrences.push_back({&c, span});
    ++c.occurrence_count;
    c.last_end = span.end;
  };
  std::vector<uint32_t> run;
  for (size_t s = 0; s < analysis.sentences.size(); ++s) {
    if (excluded_sentences[s]) continue;
    run.clear();
    for (uint32_t k = doc.sentence_token_begin[s]; k <= doc.sentence_token_end[s]; ++k) {
      const bool key_term = k < doc.sentence_token_end[s] && doc.token_term[k] >= 0 &&
                            is_key[static_cast<uint32_t>(doc.token_term[k])];
      if (key_term && (run.empty() || (Adjacent(text, tokens, run.back(), k) && run.size() < kMaxPhraseTerms))) {
        run.push_back(k);
        continue;
      }
      // A single space or hyphen may join two words of a phrase (Adjacent checks the gap).
      if (!key_term && !run.empty() && k < doc.sentence_token_end[s] && k == run.back() + 1) {
        const std::u16string_view gap = text.substr(tokens[k].start, tokens[k].end - tokens[k].start);
        if (gap == u" " || gap == u"-") continue;
      }
      if (!run.empty()) {
        // Every key term counts on its own as well as in the run.
        for (size_t from = 0; from < run.size(); ++from) {
          for (size_t to = from + 1; to <= run.size(); ++to) {
            add_run(run.data() + from, run.data() + to);
          }
        }
        run.clear();
      }
      if (key_term) run.push_back(k);
    }
  }

  std::vector<Candidate*> ranked;
  for (auto& [key, c] : candidates) {
    double sum = 0;
    uint32_t most_frequent = 0;
    for (uint32_t t : c.terms) {
      sum += term_scores[t];
      most_frequent = std::max(most_frequent, doc.terms[t].count);
    }
    if (c.terms.size() == 1) {
      // A single term must be more than one CJK character or letter.
      const TermInfo& info = doc.terms[c.terms[0]];
      if (info.key.size() < 2 || EndsWithParticle(info.key)) continue;
      // Abbreviations (p.m., e.g.) shorten words; they are no subject of their own.
      if (info.latin && info.key.find(u'.') != std::u16string::npos) continue;
      // A word never written in lower case in running text and no name either was only ever
      // capitalized by form: a headline's verb (Opens) or a sentence's first word.
      if (info.latin && info.lowercase == 0 && !doc.IsName(c.terms[0])) continue;
      // In a longer article, a word used once is an aside, not a subject.
      if (c.occurrence_count < 2 && analysis.sentences.size() >= 8) continue;
      c.score = sum;
    } else {
      // A phrase seen once is a coincidence of neighbors, not a term of the article.
      if (c.occurrence_count < 2) continue;
      c.score = sum * static_cast<double>(c.occurrence_count) / most_frequent;
    }
    ranked.push_back(&c);
  }
  std::sort(ranked.begin(), ranked.end(), [](const Candidate* a, const Candidate* b) {
    return a->score != b->score ? a->score > b->score : a->first.start < b->first.start;
  });

  // A phrase that hardly ever appears without a longer chosen one adds nothing; a longer
  // phrase that holds nearly every occurrence of a chosen shorter one replaces it.
  auto contains = [](const Candidate* outer, const Candidate* inner) {
    return outer->terms.size() > inner->terms.size() &&
           std::search(outer->terms.begin(), outer->terms.end(), inner->terms.begin(),
                       inner->terms.end()) != outer->terms.end() &&
           inner->occurrence_count * 4 <= outer->occurrence_count * 5;
  };
  // Diversity: each chosen phrase that shares a term with a candidate halves its value, so
  // that one frequent term does not fill the list with its combinations.
  std::vector<Candidate*> chosen;
  std::vector<bool> taken(ranked.size(), false);
  std::vector<uint32_t> uses(m, 0);  // per term, how many chosen phrases hold it
  while (chosen.size() < limit) {
    size_t best_index = ranked.size();
    double best_value = 0;
    for (size_t r = 0; r < ranked.size(); ++r) {
      if (taken[r]) continue;
      // Sorted by score: nothing further can beat the best value found so far.
      if (best_index != ranked.size() && ranked[r]->score <= best_value) break;
      uint32_t shared = 0;
      for (uint32_t t : ranked[r]->terms) shared += uses[t];
      const double value = ranked[r]->score * std::pow(0.5, shared);
      if (best_index == ranked.size() || value > best_value) {
        best_index = r;
        best_value = value;
      }
    }
    if (best_index == ranked.size()) break;
    taken[best_index] = true;
    Candidate* c = ranked[best_index];
    bool skip = false;
    for (Candidate*& k : chosen) {
      if (contains(k, c)) skip = true;
      if (!skip && contains(c, k)) {
        k = c;
        skip = true;
      }
      if (skip) break;
    }
    if (skip) continue;
    chosen.push_back(c);
    for (uint32_t t : c->terms) ++uses[t];
  }
  // Replacements may have left duplicates.
  std::vector<Candidate*> unique;
  for (Candidate* c : chosen) {
    if (std::find(unique.begin(), unique.end(), c) == unique.end()) unique.push_back(c);
  }
  // The chosen phrases' occurrences, each list in the order counted.
  std::vector<std::vector<Span>> spans(unique.size());
  for (size_t i = 0; i < unique.size(); ++i) {
    unique[i]->output = i;
    spans[i].reserve(unique[i]->occurrence_count);
  }
  for (const auto& [c, span] : occurrences) {
    if (c->output != SIZE_MAX) spans[c->output].push_back(span);
  }

  std::vector<Keyphrase> out;
  const double best = ranked.empty() ? 1 : ranked[0]->score;
  for (size_t i = 0; i < unique.size(); ++i) {
    const Candidate* c = unique[i];
    Keyphrase phrase;
    bool name = false;
    for (uint32_t t : c->terms) name = name || doc.IsName(t) || !doc.terms[t].latin;
    phrase.text = DisplayForm(text, spans[i], name);
    phrase.score = best > 0 ? std::min(1.0, c->score / best) : 0;
    phrase.occurrences = std::move(spans[i]);
    std::sort(phrase.occurrences.begin(), phrase.occurrences.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    out.push_back(std::move(phrase));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Keyphrase& a, const Keyphrase& b) { return a.score > b.score; });
  return out;
}

}  // namespace precis::rank
