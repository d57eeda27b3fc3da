// ICU's dictionary holds many words in both scripts, but not all: a Traditional spelling it
// lacks is cut into characters. Looking the pair up folded recovers it without folding the
// whole text, which measured worse (docs/ARCHITECTURE.md, Words).
#include "segment/words/folded_pairs.h"

#include <cstdint>

#include "lexicon/cjk_dictionary.h"
#include "lexicon/stop_words.h"
#include "text/normalize.h"
#include "text/utf16.h"

namespace precis::segment::words {
namespace {

// The length of `piece` when it is an ideographic token of one or two unified ideographs;
// otherwise 0.
inline uint32_t ShortHanLength(std::u16string_view text, const Piece& piece) {
  const uint32_t length = piece.end - piece.start;
  if (piece.kind != TokenKind::kIdeographic || length > 2) return 0;
  for (uint32_t i = piece.start; i < piece.end; ++i) {
    if (!text::IsUnifiedIdeograph(text[i])) return 0;
  }
  return length;
}

int CostOf(std::u16string_view text, uint32_t start, uint32_t length) {
  return lexicon::CjkWordCost(text.substr(start, length));
}

// The dictionary cost of the two ideographs at `at` read in Simplified spelling, when that
// is a word and the pair as written is not, and neither character is a function word
// (約|在 stays apart although 约在 is listed); otherwise -1.
int FoldedPairCost(std::u16string_view text, uint32_t at, const text::TraditionalFolder& folder) {
  const std::u16string_view pair = text.substr(at, 2);
  const char32_t first = folder.Fold(pair[0]);
  const char32_t second = folder.Fold(pair[1]);
  if (first >= 0x10000 || second >= 0x10000) return -1;
  const char16_t units[2] = {static_cast<char16_t>(first), static_cast<char16_t>(second)};
  const std::u16string_view folded(units, 2);
  if (folded == pair) return -1;
  const int cost = lexicon::CjkWordCost(folded);
  if (cost < 0 || lexicon::CjkWordCost(pair) >= 0) return -1;
  if (lexicon::IsStopWord(folded.substr(0, 1)) || lexicon::IsStopWord(folded.substr(1, 1))) {
    return -1;
  }
  return cost;
}

// Whether three characters read better re-cut: the new pair at `pair_at` (read folded) and
// the new lone character at `lone_at` cost less than the old two-character word at `word_at`
// and the old lone character at `old_lone_at`. The folded pair is asked first: in most texts
// it spells nothing new.
bool PrefersRecut(std::u16string_view text, const text::TraditionalFolder& folder,
                  uint32_t pair_at, uint32_t lone_at, uint32_t word_at, uint32_t old_lone_at) {
  const int pair = FoldedPairCost(text, pair_at, folder);
  if (pair < 0) return false;
  const int lone = CostOf(text, lone_at, 1);
  const int word = CostOf(text, word_at, 2);
  const int old_lone = CostOf(text, old_lone_at, 1);
  return lone >= 0 && word >= 0 && old_lone >= 0 && pair + lone < word + old_lone;
}

}  // namespace

void MergeFoldedPairs(std::u16string_view text, std::vector<Piece>* tokens) {
  std::vector<ForcedSpan> spans;
  const std::vector<Piece>& all = *tokens;
  auto push = [&](uint32_t start, uint32_t end) {
    spans.push_back({start, end, TokenKind::kIdeographic});
  };
  const text::TraditionalFolder folder;
  // Each piece's short Han length is worked out once and carried to the next step.
  uint32_t next_length = all.empty() ? 0 : ShortHanLength(text, all[0]);
  for (size_t t = 0; t + 1 < all.size(); ++t) {
    const uint32_t first_length = next_length;
    next_length = ShortHanLength(text, all[t + 1]);
    if (first_length == 0 || next_length == 0) continue;
    const uint32_t s = all[t].start;
    if (first_length == 1 && next_length == 1) {
      if (FoldedPairCost(text, s, folder) >= 0) {
        push(s, s + 2);
        ++t;
        if (t + 1 < all.size()) next_length = ShortHanLength(text, all[t + 1]);
      }
      continue;
    }
    // Three characters cut 2 + 1 or 1 + 2: re-cut them the other way when the new pair,
    // read in Simplified, is a word and the two new pieces cost less than the old (更寬|松
    // → 更|寬松, as 宽松). Costs are negative log frequencies, so the sums compare readings.
    bool recut = false;
    if (first_length == 2 && next_length == 1 &&
        PrefersRecut(text, folder, s + 1, s, s, s + 2)) {
      push(s, s + 1);  // ab|c → a|bc
      push(s + 1, s + 3);
      recut = true;
    } else if (first_length == 1 && next_length == 2 &&
               PrefersRecut(text, folder, s, s + 2, s + 1, s)) {
      push(s, s + 2);  // a|bc → ab|c
      push(s + 2, s + 3);
      recut = true;
    }
    if (recut) {
      ++t;
      if (t + 1 < all.size()) next_length = ShortHanLength(text, all[t + 1]);
    }
  }
  ForceSpans(spans, tokens);
}

}  // namespace precis::segment::words
