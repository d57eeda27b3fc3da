// Three linear passes over the runs of ideographic tokens: count every character n-gram
// (1..max_length + 1, by dense id, Traditional folded to Simplified), weigh the frequent ones
// by cohesion and neighbour entropy, then join token runs that spell an accepted n-gram.
#include "segment/words/new_words.h"

#include <algorithm>
#include <cmath>

#include "lexicon/cjk_dictionary.h"
#include "segment/words/ngram_ids.h"
#include "segment/words/token_edit.h"
#include "text/normalize.h"
#include "text/utf16.h"

namespace precis::segment::words {
namespace {

constexpr int kMaxLength = 8;  // n-grams longer than this are never considered

// The Han characters of the text, in runs of consecutive ideographic tokens.
struct HanText {
  std::vector<char32_t> chars;      // folded to Simplified
  std::vector<uint32_t> offsets;    // UTF-16 offset of each character, plus one past the last
  std::vector<uint8_t> token_start; // 1 where a token starts at this character
  std::vector<uint8_t> single;      // 1 where a one-character token starts
  std::vector<std::pair<uint32_t, uint32_t>> runs;  // [begin, end) character indices
};

HanText CollectHanRuns(std::u16string_view text, const std::vector<Piece>& tokens) {
  HanText han;
  // At most one character per code unit, plus one sentinel per run (one per token at most).
  const size_t capacity = text.size() + 1;
  han.chars.reserve(capacity);
  han.offsets.reserve(capacity);
  han.token_start.reserve(capacity);
  han.single.reserve(capacity);
  size_t t = 0;
  while (t < tokens.size()) {
    if (tokens[t].kind != TokenKind::kIdeographic) {
      ++t;
      continue;
    }
    const auto begin = static_cast<uint32_t>(han.chars.size());
    for (; t < tokens.size() && tokens[t].kind == TokenKind::kIdeographic; ++t) {
      const size_t first_char = han.chars.size();
      for (uint32_t i = tokens[t].start; i < tokens[t].end;) {
        const char32_t c = text::CodePointAt(text, i);
        han.chars.push_back(text::FoldTraditional(c));
        han.offsets.push_back(i);
        han.token_start.push_back(i == tokens[t].start);
        han.single.push_back(0);
        i += c >= 0x10000 ? 2 : 1;
      }
      if (han.chars.size() == first_char + 1) han.single[first_char] = 1;
    }
    const auto end = static_cast<uint32_t>(han.chars.size());
    han.runs.push_back({begin, end});
    // A sentinel offset so that offsets[end] is where the run's last character ends.
    han.offsets.push_back(tokens[t - 1].end);
    han.chars.push_back(0);
    han.token_start.push_back(1);
    han.single.push_back(0);
  }
  return han;
}

// Marks kept beside each n-gram's count in pass 2: 0 not yet evaluated, kRejected, or
// kFirstCandidate + its candidate index.
constexpr uint32_t kRejected = 1;
constexpr uint32_t kFirstCandidate = 2;

// The n-grams of the runs by id: ids[i * stride + n - 1] is the id of the n characters from
// chars[i] (set where they lie inside one run), counts[id] how often that n-gram occurs.
struct NgramCounts {
  size_t stride = 0;
  std::vector<uint32_t> ids;
  std::vector<uint32_t> counts;
  uint32_t Id(uint32_t begin, int length) const { return ids[begin * stride + length - 1]; }
  uint32_t Count(uint32_t begin, int length) const { return counts[Id(begin, length)]; }
};

// The smallest pointwise mutual information over the ways to split the n-gram in two.
double Cohesion(const NgramCounts& counts, uint32_t begin, int length, double total) {
  const double whole = counts.Count(begin, length);
  double weakest = 1e300;
  for (int split = 1; split < length; ++split) {
    const double left = counts.Count(begin, split);
    const double right = counts.Count(begin + split, length - split);
    weakest = std::min(weakest, std::log(whole * total / (left * right)));
  }
  return weakest;
}

// Whether the dictionary lists `c` (already folded to Simplified) as a word of its own at a
// cost of at most `max_cost`, that is, a common word.
bool IsCommonWordAlone(char32_t c, int max_cost) {
  if (c >= 0x10000) return false;
  const char16_t unit = static_cast<char16_t>(c);
  const int cost = lexicon::CjkWordCost(std::u16string_view(&unit, 1));
  return cost >= 0 && cost <= max_cost;
}

}  // namespace

void MergeNewWords(std::u16string_view text, const NewWordOptions& options, std::vector<Piece>* tokens) {
  const HanText han = CollectHanRuns(text, *tokens);
  if (han.runs.empty()) return;
  const int max_length = std::clamp(options.max_length, 2, kMaxLength);

  // Pass 1: ids and counts of every n-gram of 1..max_length + 1 characters inside a run (the
  // longest only as neighbours: see pass 2). The table grows with the distinct n-grams; a
  // short text starts with one its size.
  const int longest = max_length + 1;
  NgramIds table(std::min<size_t>(1 << 16, han.chars.size() * longest));
  NgramCounts counts;
  counts.stride = static_cast<size_t>(longest);
  counts.ids.assign(han.chars.size() * counts.stride, 0);
  counts.counts.reserve(1024);
  double total = 0;
  for (const auto& [begin, end] : han.runs) {
    total += end - begin;
    for (uint32_t i = begin; i < end; ++i) {
      uint64_t h = kNgramHashBasis;
      uint32_t* ids = &counts.ids[i * counts.stride];
      for (int n = 1; n <= longest && i + n <= end; ++n) {
        h = ExtendNgramHash(h, han.chars[i + n - 1]);
        const uint32_t id = table.IdOf(FinishNgramHash(h, n));
        if (id == counts.counts.size()) counts.counts.push_back(0);
        ++counts.counts[id];
        ids[n - 1] = id;
      }
    }
  }
  std::vector<uint32_t> marks(counts.counts.size(), 0);

  // Pass 2: frequent, cohesive n-grams become candidates, and the entropy of their neighbours
  // is added up. The neighbours of an n-gram are told by the (n + 1)-grams that extend it:
  // x + candidate occurs as often as the candidate follows x (inside a run), so each distinct
  // extension adds its share once (seen marks it, bit 1 on the left, bit 2 on the right).
  // Each n-gram's verdict is the mark beside its count (see kRejected).
  std::vector<uint32_t> candidate_counts;
  std::vector<double> entropy_left, entropy_right;
  std::vector<uint8_t> seen(counts.counts.size(), 0);
  auto add_share = [](double* entropy, double p) { *entropy -= p * std::log(p); };
  for (const auto& [begin, end] : han.runs) {
    for (uint32_t i = begin; i < end; ++i) {
      for (int n = 2; n <= max_length && i + n <= end; ++n) {
        const uint32_t ngram = counts.Id(i, n);
        const uint32_t count = counts.counts[ngram];
        if (count < static_cast<uint32_t>(options.min_count)) break;  // longer ones are rarer still
        uint32_t& mark = marks[ngram];
        if (mark == 0) {
          mark = kRejected;
          // In a short text even a perfect collocation (its parts never apart) reaches only
          // ln(total / count): the bar is lowered to half a nat below that ceiling.
          const double bar = std::min(options.min_cohesion, std::log(total / count) - 0.5);
          if (Cohesion(counts, i, n, total) >= bar) {
            candidate_counts.push_back(count);
            entropy_left.push_back(0);
            entropy_right.push_back(0);
            mark = kFirstCandidate + static_cast<uint32_t>(candidate_counts.size() - 1);
          }
        }
        if (mark < kFirstCandidate) continue;
        const uint32_t c = mark - kFirstCandidate;
        // A run edge (punctuation, a number, Latin text) is a free boundary: each one counts
        // as a neighbour of its own.
        if (i == begin) {
          add_share(&entropy_left[c], 1.0 / count);
        } else if (const uint32_t left = counts.Id(i - 1, n + 1); !(seen[left] & 1)) {
          seen[left] |= 1;
          add_share(&entropy_left[c], static_cast<double>(counts.counts[left]) / count);
        }
        if (i + n == end) {
          add_share(&entropy_right[c], 1.0 / count);
        } else if (const uint32_t right = counts.Id(i, n + 1); !(seen[right] & 2)) {
          seen[right] |= 2;
          add_share(&entropy_right[c], static_cast<double>(counts.counts[right]) / count);
        }
      }
    }
  }
  if (candidate_counts.empty()) return;
  // accepted[c]: candidate c's count when it is accepted as a word, else 0.
  std::vector<uint32_t> accepted(candidate_counts.size(), 0);
  for (size_t c = 0; c < candidate_counts.size(); ++c) {
    // A rare n-gram cannot show much entropy: n occurrences give at most ln(n), so the bar
    // is lowered to what all-different neighbours would give.
    const double bar = std::min(options.min_boundary_entropy, std::log(candidate_counts[c]) - 1e-9);
    if (std::min(entropy_left[c], entropy_right[c]) >= bar) accepted[c] = candidate_counts[c];
  }

  // How often each character (by its one-character n-gram's id) stands alone as a
  // one-character token anywhere in the text.
  std::vector<uint32_t> alone(counts.counts.size(), 0);
  for (size_t i = 0; i < han.chars.size(); ++i) {
    if (han.single[i]) ++alone[counts.Id(static_cast<uint32_t>(i), 1)];
  }

  // Whether each character (by id) is a common word alone; -1 until asked.
  std::vector<int8_t> common(counts.counts.size(), -1);

  // Pass 3: at each token start, the longest accepted n-gram that ends at a token boundary,
  // spans two or more tokens and holds a one-character token becomes one token.
  std::vector<ForcedSpan> spans;
  for (const auto& [begin, end] : han.runs) {
    uint32_t i = begin;
    while (i < end) {
      int joined = 0;
      for (int n = std::min<int>(max_length, end - i); n >= 2 && !joined; --n) {
        if (!han.token_start[i + n]) continue;
        int pieces = 0;
        bool has_single = false;
        for (int k = 0; k < n; ++k) {
          pieces += han.token_start[i + k];
          has_single = has_single || han.single[i + k];
        }
        if (pieces < 2 || !has_single) continue;
        const uint32_t mark = marks[counts.Id(i, n)];
        const uint32_t count = mark >= kFirstCandidate ? accepted[mark - kFirstCandidate] : 0;
        if (!count) continue;
        if (!options.join_modifier_prefix && pieces == 2 && han.single[i] && !han.single[i + 1]) {
          const uint32_t head = han.offsets[i + 1];
          const int cost = lexicon::CjkWordCost(text.substr(head, han.offsets[i + n] - head));
          if (cost >= 0 && cost <= options.modifier_head_cost) continue;
        }
        // Every lone character joined must be bound to this word: a character that often
        // stands alone elsewhere (新, 的, 和) is a word of its own beside a dictionary word.
        // ICU's dictionary says which characters are common words in general (了, 和, 對).
        bool bound = true;
        for (int k = 0; k < n && bound; ++k) {
          if (!han.single[i + k]) continue;
          const uint32_t character = counts.Id(i + k, 1);
          if (alone[character] > options.max_alone_ratio * count) {
            bound = false;
          } else {
            int8_t& known = common[character];  // the dictionary is asked once per character
            if (known < 0) known = IsCommonWordAlone(han.chars[i + k], options.max_common_word_cost);
            bound = !known;
          }
        }
        if (!bound) continue;
        spans.push_back({han.offsets[i], han.offsets[i + n], TokenKind::kIdeographic});
        joined = n;
      }
      if (joined) {
        i += joined;
      } else {
        do ++i; while (i < end && !han.token_start[i]);
      }
    }
  }
  ForceSpans(spans, tokens);
}

}  // namespace precis::segment::words
