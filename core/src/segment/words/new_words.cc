// Over the runs of ideographic tokens: one pass gives every character n-gram (1..max_length
// + 1 characters, Traditional folded to Simplified) a dense id, its count and links to its
// prefix and suffix; the frequent ones are then weighed by cohesion and neighbour entropy once
// per distinct n-gram, not per occurrence; a last pass joins token runs that spell an
// accepted n-gram.
#include "segment/words/new_words.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <utility>

#include "lexicon/cjk_dictionary.h"
#include "lexicon/stop_words.h"
#include "segment/words/ngram_ids.h"
#include "segment/words/token_edit.h"
#include "text/normalize.h"
#include "text/utf16.h"

namespace precis::segment::words {
namespace {

constexpr int kMaxLength = 8;  // n-grams longer than this are never considered

// The Han characters of the text, in runs of consecutive ideographic tokens, each run followed
// by a sentinel (the character 0, which no ideographic token holds). Neither offsets nor run
// bounds are kept: a pass finds the runs by their sentinels and adds up the characters'
// widths from the offset of the run's first token.
struct HanText {
  static constexpr uint8_t kTokenStart = 1;  // a token starts at this character
  static constexpr uint8_t kSingle = 2;      // a one-character token starts here
  static constexpr uint8_t kWide = 4;        // two UTF-16 code units (a supplementary character)
  static constexpr int kPlaneShift = 3;      // the folded character's plane, in the top 5 bits
  // Each character folded to Simplified, in two parts: its low 16 bits, and its plane in
  // the top bits of its flags (three bytes a character instead of five).
  std::vector<char16_t> low_bits;  // 0 after each run
  std::vector<uint8_t> flags;      // kTokenStart | kSingle | kWide | plane; kTokenStart after each run
  size_t run_count = 0;

  size_t size() const { return flags.size(); }
  char32_t Char(size_t i) const {
    return static_cast<char32_t>(flags[i] >> kPlaneShift) << 16 | low_bits[i];
  }
  // The key of the `length` characters from `begin`.
  uint64_t Key(size_t begin, int length) const {
    uint64_t h = kNgramHashBasis;
    for (int k = 0; k < length; ++k) h = ExtendNgramHash(h, Char(begin + k));
    return FinishNgramHash(h, length);
  }
  // Calls f(begin, end) with the [begin, end) character indices of each run, in order.
  template <typename F>
  void ForEachRun(F f) const {
    for (uint32_t begin = 0; begin < size();) {
      uint32_t end = begin;
      while (low_bits[end] != 0 || flags[end] >> kPlaneShift != 0) ++end;
      f(begin, end);
      begin = end + 1;
    }
  }
};

HanText CollectHanRuns(std::u16string_view text, const std::vector<Piece>& tokens) {
  HanText han;
  // At most one character per code unit of an ideographic token, plus one sentinel per run:
  // a first pass over the tokens sizes the arrays once, and they are written by index.
  size_t capacity = 0;
  bool in_run = false;
  for (const Piece& token : tokens) {
    const bool ideographic = token.kind == TokenKind::kIdeographic;
    if (ideographic) {
      capacity += token.end - token.start;
      han.run_count += !in_run;
    }
    in_run = ideographic;
  }
  capacity += han.run_count;
  han.low_bits.resize(capacity);
  han.flags.resize(capacity);
  const text::TraditionalFolder folder;
  size_t size = 0;
  size_t t = 0;
  while (t < tokens.size()) {
    if (tokens[t].kind != TokenKind::kIdeographic) {
      ++t;
      continue;
    }
    for (; t < tokens.size() && tokens[t].kind == TokenKind::kIdeographic; ++t) {
      const size_t first_char = size;
      for (uint32_t i = tokens[t].start; i < tokens[t].end;) {
        const char16_t unit = text[i];
        char32_t c = unit;
        if (unit >= 0xD800) c = text::CodePointAt(text, i);
        const char32_t folded = folder.Fold(c);
        han.low_bits[size] = static_cast<char16_t>(folded);
        const bool wide = c >= 0x10000;
        han.flags[size] = static_cast<uint8_t>((i == tokens[t].start ? HanText::kTokenStart : 0) |
                                               (wide ? HanText::kWide : 0) | (folded >> 16) << HanText::kPlaneShift);
        ++size;
        i += wide ? 2 : 1;
      }
      if (size == first_char + 1) han.flags[first_char] |= HanText::kSingle;
    }
    han.low_bits[size] = 0;  // a sentinel: a token boundary after the run's last character
    han.flags[size] = HanText::kTokenStart;
    ++size;
  }
  han.low_bits.resize(size);
  han.flags.resize(size);
  return han;
}

// Marks of each n-gram after weighing: 0 not a candidate (too rare, too loose or too long),
// or kFirstCandidate + its candidate index.
constexpr uint32_t kFirstCandidate = 1;
constexpr uint32_t kNoNgram = 0xFFFFFFFF;

// The n-grams of the runs, by id (the table gives the id of an n-gram's key): how often the
// n-gram occurs, its length, the ids of its first and of its last length - 1 characters
// (kNoNgram for one character). No id is kept by position: later passes look the key up
// again. In a long text the ids of the characters of the Basic Multilingual Plane are also
// kept by character (kNoNgram until met), so that counting or finding one needs no probe.
struct Ngrams {
  NgramIds table;
  std::vector<uint32_t> counts;
  std::vector<uint8_t> lengths;
  std::vector<uint32_t> prefix, suffix;
  std::vector<uint32_t> char_ids;  // empty in a short text (its 256 KB would cost more than they save)
  explicit Ngrams(size_t expected) : table(expected) {}

  // The id of the character at `i` of `han`, which was counted.
  uint32_t CharId(const HanText& han, size_t i) const {
    if (!char_ids.empty() && han.flags[i] >> HanText::kPlaneShift == 0) return char_ids[han.low_bits[i]];
    return table.Find(han.Key(i, 1));
  }
};

// Texts with at least this many Han characters keep their characters' ids by character.
constexpr size_t kMinCharsForCharIds = 1 << 14;

// Counts every n-gram of 1..longest characters inside the runs. Positions go right to left,
// so that when an n-gram is first met, the ids of its prefix (same position, one shorter) and
// of its suffix (next position, one shorter) are known: only those two positions' ids are
// kept.
Ngrams CountNgrams(const HanText& han, int longest) {
  // The table grows with the distinct n-grams; a short text starts with one its size.
  Ngrams grams(std::min<size_t>(1 << 16, han.size() * longest));
  if (han.size() >= kMinCharsForCharIds) grams.char_ids.assign(0x10000, kNoNgram);
  auto note = [&grams](uint32_t id, int n, uint32_t prefix, uint32_t suffix) {
    if (id != grams.lengths.size()) return;  // met before
    if (id == grams.lengths.capacity()) {  // the table has grown: so do the arrays by id
      grams.lengths.reserve(grams.table.IdLimit());
      grams.prefix.reserve(grams.table.IdLimit());
      grams.suffix.reserve(grams.table.IdLimit());
    }
    grams.lengths.push_back(static_cast<uint8_t>(n));
    grams.prefix.push_back(prefix);
    grams.suffix.push_back(suffix);
  };
  uint32_t rows[2][kMaxLength + 1];
  // The characters from i on, each decoded once: character j at recent[j % kRecent].
  constexpr uint32_t kRecent = 16;
  static_assert(kRecent > kMaxLength + 1, "the window holds the longest n-gram");
  char32_t recent[kRecent];
  han.ForEachRun([&](uint32_t begin, uint32_t end) {
    uint32_t* here = rows[0];
    uint32_t* next = rows[1];  // the ids at i + 1
    for (uint32_t i = end; i-- > begin;) {
      recent[i % kRecent] = han.Char(i);
      // One character (longest is at least 3, so its id is kept).
      uint64_t h = ExtendNgramHash(kNgramHashBasis, recent[i % kRecent]);
      if (!grams.char_ids.empty() && han.flags[i] >> HanText::kPlaneShift == 0) {
        uint32_t& known = grams.char_ids[han.low_bits[i]];
        if (known == kNoNgram) {
          known = grams.table.Add(FinishNgramHash(h, 1));
        } else {
          grams.table.AddAgain(known);
        }
        here[0] = known;
      } else {
        here[0] = grams.table.Add(FinishNgramHash(h, 1));
      }
      note(here[0], 1, kNoNgram, kNoNgram);
      const int top = std::min<int>(longest, end - i);
      for (int n = 2; n <= top; ++n) {
        h = ExtendNgramHash(h, recent[(i + n - 1) % kRecent]);
        const uint32_t id = grams.table.Add(FinishNgramHash(h, n));
        if (n < longest) here[n - 1] = id;
        note(id, n, here[n - 2], next[n - 2]);
      }
      std::swap(here, next);
    }
  });
  grams.counts = grams.table.TakeCounts();
  return grams;
}

// std::log through a small direct-mapped cache: the weighing takes the logarithm of the same
// ratios of small counts again and again. An argument always gets the value std::log gives it.
class CachedLog {
 public:
  // `expected`: about how many different arguments may come (a short text needs few slots).
  explicit CachedLog(size_t expected) {
    while (bits_ < kMaxBits && (size_t{1} << bits_) < expected) ++bits_;
    slots_.resize(size_t{1} << bits_);
  }
  double operator()(double x) {
    uint64_t bits;
    std::memcpy(&bits, &x, sizeof bits);
    Slot& slot = slots_[(bits * 0x9E3779B97F4A7C15ull) >> (64 - bits_)];
    if (slot.bits != bits) {
      slot.bits = bits;
      slot.log = std::log(x);
    }
    return slot.log;
  }

 private:
  static constexpr int kMaxBits = 12;
  int bits_ = 4;
  struct Slot {
    uint64_t bits = ~uint64_t{0};  // a NaN: never an argument here
    double log = 0;
  };
  std::vector<Slot> slots_;
};

// Whether n-gram `id` holds together: the pointwise mutual information of every way to split
// it in two is at least `bar` (the weakest split decides, so the first one below it answers).
bool Cohesive(const Ngrams& grams, uint32_t id, double total, double bar, CachedLog& log) {
  const int length = grams.lengths[id];
  uint32_t first[kMaxLength + 1];  // first[k]: the id of the n-gram's first k characters
  uint32_t last[kMaxLength + 1];   // last[k]: of its last k characters
  first[length] = last[length] = id;
  for (int k = length - 1; k >= 1; --k) {
    first[k] = grams.prefix[first[k + 1]];
    last[k] = grams.suffix[last[k + 1]];
  }
  const double whole = grams.counts[id];
  for (int split = 1; split < length; ++split) {
    const double left = grams.counts[first[split]];
    const double right = grams.counts[last[length - split]];
    if (log(whole * total / (left * right)) < bar) return false;
  }
  return true;
}

// How common a character is as a word of its own, by ICU's dictionary: common (the word
// costs at most max_common_word_cost: 的 31, 和 46), rare (at least min_rare_character_cost,
// or not listed: 霍 83) or in between.
enum class Commonness : uint8_t { kUnasked, kCommon, kRare, kBetween };

// `c` is already folded to Simplified.
Commonness CommonnessOf(char32_t c, const NewWordOptions& options) {
  int cost = -1;
  if (c < 0x10000) {
    const char16_t unit = static_cast<char16_t>(c);
    cost = lexicon::CjkWordCost(std::u16string_view(&unit, 1));
  }
  if (cost >= 0 && cost <= options.max_common_word_cost) return Commonness::kCommon;
  if (cost < 0 || cost >= options.min_rare_character_cost) return Commonness::kRare;
  return Commonness::kBetween;
}

// Whether `c` (folded to Simplified) is a function word: a pronoun, preposition, adverb,
// particle or verb of saying (lexicon/stop_words).
bool IsFunctionCharacter(char32_t c) {
  if (c >= 0x10000) return false;
  const char16_t unit = static_cast<char16_t>(c);
  return lexicon::IsStopWord(std::u16string_view(&unit, 1));
}

}  // namespace

void MergeNewWords(std::u16string_view text, const NewWordOptions& options, std::vector<Piece>* tokens) {
  const HanText han = CollectHanRuns(text, *tokens);
  if (han.run_count == 0) return;
  const int max_length = std::clamp(options.max_length, 2, kMaxLength);
  // The longest n-grams only tell the neighbours of the max_length ones: x + candidate occurs
  // as often as the candidate follows x inside a run.
  Ngrams grams = CountNgrams(han, max_length + 1);
  const double total = static_cast<double>(han.size() - han.run_count);

  // Candidates: n-grams of 2..max_length characters, frequent and cohesive.
  const size_t distinct = grams.counts.size();
  std::vector<uint32_t> marks(distinct, 0);
  std::vector<uint32_t> candidate_counts;
  const auto min_count = static_cast<uint32_t>(options.min_count);
  CachedLog log(distinct);
  for (uint32_t id = 0; id < distinct; ++id) {
    const uint32_t count = grams.counts[id];
    if (grams.lengths[id] < 2 || grams.lengths[id] > max_length || count < min_count) continue;
    // In a short text even a perfect collocation (its parts never apart) reaches only
    // ln(total / count): the bar is lowered to half a nat below that ceiling.
    const double bar = std::min(options.min_cohesion, log(total / count) - 0.5);
    if (!Cohesive(grams, id, total, bar, log)) continue;
    candidate_counts.push_back(count);
    marks[id] = kFirstCandidate + static_cast<uint32_t>(candidate_counts.size() - 1);
  }
  if (candidate_counts.empty()) return;
  grams.lengths = std::vector<uint8_t>();
  // A run edge (punctuation, a number, Latin text) is a free boundary: each one counts as a
  // neighbour of its own. The entropies first hold how often each candidate starts and ends a
  // run (the n-grams at the runs' edges are looked up), then the edges' shares.
  std::vector<double> entropy_left(candidate_counts.size(), 0), entropy_right(candidate_counts.size(), 0);
  han.ForEachRun([&](uint32_t begin, uint32_t end) {
    const auto length = static_cast<int>(end - begin);
    for (int n = 2; n <= max_length && n <= length; ++n) {
      if (const uint32_t mark = marks[grams.table.Find(han.Key(begin, n))]; mark >= kFirstCandidate) {
        ++entropy_left[mark - kFirstCandidate];
      }
      if (const uint32_t mark = marks[grams.table.Find(han.Key(end - n, n))]; mark >= kFirstCandidate) {
        ++entropy_right[mark - kFirstCandidate];
      }
    }
  });
  auto add_share = [&log](double* entropy, double p) { *entropy -= p * log(p); };
  for (size_t c = 0; c < candidate_counts.size(); ++c) {
    const auto run_starts = static_cast<uint32_t>(entropy_left[c]);
    const auto run_ends = static_cast<uint32_t>(entropy_right[c]);
    // (Each edge subtracts the same term, worked out once.)
    double edge_share = 0;
    if (run_starts + run_ends > 0) add_share(&edge_share, 1.0 / candidate_counts[c]);
    double left = 0, right = 0;
    for (uint32_t k = 0; k < run_starts; ++k) left += edge_share;
    for (uint32_t k = 0; k < run_ends; ++k) right += edge_share;
    entropy_left[c] = left;
    entropy_right[c] = right;
  }
  // Every other neighbour: each distinct one-longer n-gram gives its share to the candidate
  // it extends on the right (its prefix) and to the one it extends on the left (its suffix).
  for (uint32_t id = 0; id < distinct; ++id) {
    // (A two-character n-gram extends single characters, which are never candidates.)
    if (grams.prefix[id] == kNoNgram) continue;
    const double count = grams.counts[id];
    if (const uint32_t mark = marks[grams.prefix[id]]; mark >= kFirstCandidate) {
      add_share(&entropy_right[mark - kFirstCandidate], count / candidate_counts[mark - kFirstCandidate]);
    }
    if (const uint32_t mark = marks[grams.suffix[id]]; mark >= kFirstCandidate) {
      add_share(&entropy_left[mark - kFirstCandidate], count / candidate_counts[mark - kFirstCandidate]);
    }
  }
  // The counts and links are not needed any more.
  grams.prefix = std::vector<uint32_t>();
  grams.suffix = std::vector<uint32_t>();
  grams.counts = std::vector<uint32_t>();
  // accepted[c]: candidate c's count when it is accepted as a word, else 0.
  std::vector<uint32_t> accepted = std::move(candidate_counts);
  for (size_t c = 0; c < accepted.size(); ++c) {
    // A rare n-gram cannot show much entropy: n occurrences give at most ln(n), so the bar
    // is lowered to what all-different neighbours would give.
    const double bar = std::min(options.min_boundary_entropy, log(accepted[c]) - 1e-9);
    if (std::min(entropy_left[c], entropy_right[c]) < bar) accepted[c] = 0;
  }
  entropy_left = std::vector<double>();
  entropy_right = std::vector<double>();
  // How often each character (by its one-character n-gram's id) stands alone as a
  // one-character token anywhere in the text.
  std::vector<uint32_t> alone(distinct, 0);
  for (size_t i = 0; i < han.size(); ++i) {
    if (han.flags[i] & HanText::kSingle) ++alone[grams.CharId(han, i)];
  }

  // How common each character (by id) is alone; the dictionary is asked once per character.
  std::vector<Commonness> commonness(distinct, Commonness::kUnasked);
  auto commonness_at = [&](uint32_t i) {
    Commonness& known = commonness[grams.CharId(han, i)];
    if (known == Commonness::kUnasked) known = CommonnessOf(han.Char(i), options);
    return known;
  };
  auto has_rare_character = [&](uint32_t i, int n) {
    for (int k = 0; k < n; ++k) {
      if (commonness_at(i + k) == Commonness::kRare) return true;
    }
    return false;
  };

  // Pass 3: at each token start, the longest accepted n-gram that ends at a token boundary,
  // spans two or more tokens and holds a one-character token becomes one token.
  std::vector<ForcedSpan> spans;
  size_t t = 0;  // the first token of the next run
  han.ForEachRun([&](uint32_t begin, uint32_t end) {
    while ((*tokens)[t].kind != TokenKind::kIdeographic) ++t;
    uint32_t offset = (*tokens)[t].start;  // of character i
    while (t < tokens->size() && (*tokens)[t].kind == TokenKind::kIdeographic) ++t;
    uint32_t i = begin;
    while (i < end) {
      int joined = 0;
      const int longest = std::min<int>(max_length, end - i);
      // pieces_before[n]: tokens starting among the first n characters; singles_before[n]:
      // one-character tokens among them; units_before[n]: their UTF-16 length.
      int pieces_before[kMaxLength + 1];
      int singles_before[kMaxLength + 1];
      uint32_t units_before[kMaxLength + 1];
      pieces_before[0] = singles_before[0] = 0;
      units_before[0] = 0;
      for (int k = 0; k < longest; ++k) {
        const uint8_t flags = han.flags[i + k];
        pieces_before[k + 1] = pieces_before[k] + (flags & HanText::kTokenStart ? 1 : 0);
        singles_before[k + 1] = singles_before[k] + (flags & HanText::kSingle ? 1 : 0);
        units_before[k + 1] = units_before[k] + (flags & HanText::kWide ? 2 : 1);
      }
      const bool single_first = han.flags[i] & HanText::kSingle;
      for (int n = longest; n >= 2 && !joined; --n) {
        if (!(han.flags[i + n] & HanText::kTokenStart)) continue;
        const int pieces = pieces_before[n];
        if (pieces < 2 || singles_before[n] == 0) continue;
        const uint32_t mark = marks[grams.table.Find(han.Key(i, n))];
        const uint32_t count = mark >= kFirstCandidate ? accepted[mark - kFirstCandidate] : 0;
        if (!count) continue;
        if (!options.join_modifier_prefix && pieces == 2 && single_first && !(han.flags[i + 1] & HanText::kSingle)) {
          const uint32_t head = offset + units_before[1];
          const int cost = lexicon::CjkWordCost(text.substr(head, units_before[n] - units_before[1]));
          if (cost >= 0 && cost <= options.modifier_head_cost) continue;
        }
        // Every lone character joined must be bound to this word: a character that often
        // stands alone elsewhere (新, 的, 和) is a word of its own beside a dictionary word.
        // ICU's dictionary says which characters are common words in general (了, 和, 對).
        bool bound = true;
        for (int k = 0; k < n && bound; ++k) {
          if (!(han.flags[i + k] & HanText::kSingle)) continue;
          const uint32_t character = grams.CharId(han, i + k);
          if (alone[character] > options.max_alone_ratio * count) {
            bound = false;
          } else if (commonness_at(i + k) == Commonness::kCommon) {
            // 霍|金: a common character (金 57) that is no function word still joins a word
            // of lone characters one of which is rare (霍 83); beside a dictionary word it
            // stays apart (新|政府), and 是, 說, 被 never join (是|湄|潭|縣).
            bound = pieces == n && !IsFunctionCharacter(han.Char(i + k)) &&
                    has_rare_character(i, n);
          }
        }
        if (!bound) continue;
        spans.push_back({offset, offset + units_before[n], TokenKind::kIdeographic});
        joined = n;
      }
      if (joined) {
        i += joined;
        offset += units_before[joined];
      } else {
        do {
          offset += han.flags[i] & HanText::kWide ? 2 : 1;
          ++i;
        } while (i < end && !(han.flags[i] & HanText::kTokenStart));
      }
    }
  });
  ForceSpans(spans, tokens);
}

}  // namespace precis::segment::words
