// Three linear passes over the runs of ideographic tokens: count every character n-gram
// (1..max_length, hashed, Traditional folded to Simplified), collect the neighbours of the
// frequent and cohesive ones, then join token runs that spell an accepted n-gram.
#include "segment/words/new_words.h"

#include <algorithm>
#include <cmath>

#include "lexicon/cjk_dictionary.h"
#include "segment/words/flat_counter.h"
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

HanText CollectHanRuns(std::u16string_view text, const std::vector<Token>& tokens) {
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

// Hash of chars[begin, begin + length), distinct for different lengths: FNV-1a over the
// characters, then the length in the top bits. Built one character at a time (Extend, then
// Finish), so that the keys of all n-grams starting at one position cost one pass.
constexpr uint64_t kNgramBasis = 0xCBF29CE484222325ull;
uint64_t Extend(uint64_t h, char32_t c) { return (h ^ c) * 0x100000001B3ull; }
uint64_t Finish(uint64_t h, int length) { return h ^ (static_cast<uint64_t>(length) << 56); }

uint64_t NgramKey(const std::vector<char32_t>& chars, uint32_t begin, int length) {
  uint64_t h = kNgramBasis;
  for (int k = 0; k < length; ++k) h = Extend(h, chars[begin + k]);
  return Finish(h, length);
}

// Marks kept beside each n-gram's count in pass 2: 0 not yet evaluated, kRejected, or
// kFirstCandidate + its candidate index.
constexpr uint32_t kRejected = 1;
constexpr uint32_t kFirstCandidate = 2;

// The smallest pointwise mutual information over the ways to split the n-gram in two.
double Cohesion(const FlatCounter& counts, const std::vector<char32_t>& chars, uint32_t begin,
                int length, double total) {
  const double whole = counts.Get(NgramKey(chars, begin, length));
  double weakest = 1e300;
  for (int split = 1; split < length; ++split) {
    const double left = counts.Get(NgramKey(chars, begin, split));
    const double right = counts.Get(NgramKey(chars, begin + split, length - split));
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

void MergeNewWords(std::u16string_view text, const NewWordOptions& options, std::vector<Token>* tokens) {
  const HanText han = CollectHanRuns(text, *tokens);
  if (han.runs.empty()) return;
  const int max_length = std::clamp(options.max_length, 2, kMaxLength);

  // Pass 1: counts of every n-gram of 1..max_length characters inside a run.
  FlatCounter counts(1 << 16);  // grows with the distinct n-grams, not with the text
  double total = 0;
  for (const auto& [begin, end] : han.runs) {
    total += end - begin;
    for (uint32_t i = begin; i < end; ++i) {
      uint64_t h = kNgramBasis;
      for (int n = 1; n <= max_length && i + n <= end; ++n) {
        h = Extend(h, han.chars[i + n - 1]);
        ++counts[Finish(h, n)];
      }
    }
  }

  // Pass 2: frequent, cohesive n-grams become candidates; their neighbours are counted.
  // Each n-gram's verdict is the mark beside its count (see kRejected).
  std::vector<uint64_t> candidate_keys;
  std::vector<uint32_t> candidate_counts;
  std::vector<double> entropy_left, entropy_right;  // boundary occurrences, added as they come
  FlatCounter neighbours(1024);  // (candidate, side, neighbour character) -> count
  for (const auto& [begin, end] : han.runs) {
    for (uint32_t i = begin; i < end; ++i) {
      uint64_t h = Extend(kNgramBasis, han.chars[i]);
      for (int n = 2; n <= max_length && i + n <= end; ++n) {
        h = Extend(h, han.chars[i + n - 1]);
        const uint64_t key = Finish(h, n);
        // Every n-gram was counted in pass 1, and pass 2 inserts nothing, so the entry stays put.
        FlatCounter::Entry* entry = counts.Find(key);
        const uint32_t count = entry ? entry->count : 0;
        if (count < static_cast<uint32_t>(options.min_count)) break;  // longer ones are rarer still
        if (entry->mark == 0) {
          entry->mark = kRejected;
          // In a short text even a perfect collocation (its parts never apart) reaches only
          // ln(total / count): the bar is lowered to half a nat below that ceiling.
          const double bar = std::min(options.min_cohesion, std::log(total / count) - 0.5);
          if (Cohesion(counts, han.chars, i, n, total) >= bar) {
            candidate_keys.push_back(key);
            candidate_counts.push_back(count);
            entropy_left.push_back(0);
            entropy_right.push_back(0);
            entry->mark = kFirstCandidate + static_cast<uint32_t>(candidate_keys.size() - 1);
          }
        }
        if (entry->mark < kFirstCandidate) continue;
        const uint32_t id = entry->mark - kFirstCandidate + 1;  // 1-based, as the neighbour keys use
        // A run edge (punctuation, a number, Latin text) is a free boundary: each one counts
        // as a neighbour of its own.
        const double p = 1.0 / count;
        if (i == begin) entropy_left[id - 1] -= p * std::log(p);
        else ++neighbours[(uint64_t{id} << 22) | han.chars[i - 1]];
        if (i + n == end) entropy_right[id - 1] -= p * std::log(p);
        else ++neighbours[(uint64_t{id} << 22) | (uint64_t{1} << 21) | han.chars[i + n]];
      }
    }
  }
  if (candidate_keys.empty()) return;
  neighbours.ForEach([&](uint64_t key, uint32_t count) {
    const uint32_t id = static_cast<uint32_t>(key >> 22);
    if (id == 0 || id > candidate_keys.size()) return;
    const double p = static_cast<double>(count) / candidate_counts[id - 1];
    ((key >> 21) & 1 ? entropy_right : entropy_left)[id - 1] -= p * std::log(p);
  });
  FlatCounter accepted(candidate_keys.size());
  for (size_t c = 0; c < candidate_keys.size(); ++c) {
    // A rare n-gram cannot show much entropy: n occurrences give at most ln(n), so the bar
    // is lowered to what all-different neighbours would give.
    const double bar = std::min(options.min_boundary_entropy, std::log(candidate_counts[c]) - 1e-9);
    if (std::min(entropy_left[c], entropy_right[c]) >= bar) accepted[candidate_keys[c]] = candidate_counts[c];
  }

  // How often each character stands alone as a one-character token anywhere in the text.
  FlatCounter alone(1024);
  for (size_t i = 0; i < han.chars.size(); ++i) {
    if (han.single[i]) ++alone[han.chars[i]];
  }

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
        if (!options.join_modifier_prefix && pieces == 2 && han.single[i] && !han.single[i + 1]) {
          const uint32_t head = han.offsets[i + 1];
          const int cost = lexicon::CjkWordCost(text.substr(head, han.offsets[i + n] - head));
          if (cost >= 0 && cost <= options.modifier_head_cost) continue;
        }
        const uint32_t count = accepted.Get(NgramKey(han.chars, i, n));
        if (!count) continue;
        // Every lone character joined must be bound to this word: a character that often
        // stands alone elsewhere (新, 的, 和) is a word of its own beside a dictionary word.
        // ICU's dictionary says which characters are common words in general (了, 和, 對).
        bool bound = true;
        for (int k = 0; k < n && bound; ++k) {
          if (!han.single[i + k]) continue;
          bound = alone.Get(han.chars[i + k]) <= options.max_alone_ratio * count &&
                  !IsCommonWordAlone(han.chars[i + k], options.max_common_word_cost);
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
