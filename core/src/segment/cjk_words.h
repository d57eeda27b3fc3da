// Chinese and Japanese words without ICU's break iterator: the same minimum-cost path over
// ICU's CJK dictionary (cjdict) that ICU's CjkBreakEngine takes, run straight on the text.
#ifndef PRECIS_SEGMENT_CJK_WORDS_H_
#define PRECIS_SEGMENT_CJK_WORDS_H_

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include <unicode/ucharstrie.h>

namespace precis::segment {

// What the tokenizer needs to know of one UTF-16 code unit (a bit set, see CjkUnitClass).
enum CjkUnitBits : uint8_t {
  // Han, Hiragana, Katakana and the prolonged sound marks: what ICU's CJK engine segments.
  kCjkDictionaryChar = 1,
  // A dictionary character that NFKC leaves alone (ICU normalizes a run before lookup
  // otherwise, e.g. halfwidth kana and compatibility ideographs) and that the word rules chain
  // with its neighbours (their KanaKanji set): one this code can segment.
  kCjkStableChar = 2,
  // A neighbour that can join a CJK run under ICU's word rules (combining marks, format
  // characters, connectors, katakana-like marks, other dictionary scripts, surrogates): a
  // run beside one is left to ICU.
  kCjkJoiningNeighbour = 4,
  // A code point that ICU always makes a token of its own with rule status 0 (punctuation,
  // symbols, controls that join nothing): such stretches between runs need no ICU.
  kStandsAlone = 8,
  // Katakana as ICU's CJK engine counts it (a run of them is also a candidate word).
  kCjkKatakana = 16,
  // A dictionary character that ICU's word rules give a kana or ideographic status when it
  // stands alone (Katakana, Hiragana, Ideographic; not 々 or the radicals, which get none): a
  // one-character run of any other is left to ICU. Longer runs chain under one status.
  kCjkWordWhenAlone = 32,
  // A dictionary character whose word is kana, not ideographic (TokenKind::kKana), as
  // ClassifyToken decides for ICU's dictionary words: Hiragana and Katakana script, ー ヽ ヾ.
  kCjkKanaWord = 64,
};

// The bits of `unit`, from ICU's properties (computed on each call: see CjkUnitClassCache).
uint8_t CjkUnitClass(char16_t unit);

// CjkUnitClass of each code unit, computed the first time the unit is asked for: a text
// uses a few thousand distinct units, and computing all 65,536 up front would cost a
// noticeable part of the first call in wasm. One per tokenizer (not thread-safe).
class CjkUnitClassCache {
 public:
  uint8_t operator[](char16_t unit) {
    const uint8_t known = bits_[unit];
    if (known != 0) return known & ~kKnown;
    return (bits_[unit] = CjkUnitClass(unit) | kKnown) & ~kKnown;
  }

 private:
  static constexpr uint8_t kKnown = 0x80;
  std::array<uint8_t, 0x10000> bits_{};
};

// Minimum-cost segmentation of a run of kCjkStableChar units, as ICU's CjkBreakEngine does it
// (word costs from cjdict, 255 for a character the dictionary lacks, a length-based cost for
// a run of katakana, ties to the shorter word): keeps its work arrays between calls.
class CjkWordLattice {
 public:
  // Appends to `ends` the end offset (within `run`) of each word of `run`, in order; the last
  // is run.size(). False when ICU's dictionary is unavailable.
  bool Divide(std::u16string_view run, CjkUnitClassCache& classes, std::vector<uint32_t>* ends);

 private:
  // What a dictionary lookup knows after the first one or two characters of a word: the
  // trie's result, the word's cost when those characters are a word, and the trie's state to
  // go on from (packed into 32 bits; see PackState).
  struct Step {
    uint32_t state = 0;
    uint16_t value = 0;
    uint8_t result = 0;  // a UStringTrieResult
    uint8_t known = 0;   // 0: not yet looked up (an empty cache slot)
  };
  // A second step, for the character pair `key` (first << 16 | second; 0: an empty slot).
  struct PairStep {
    uint32_t key = 0;
    Step step;
  };
  // The step from the trie's current position through `unit`; false when it cannot be
  // cached (its state or value do not fit a Step), `words` then being where the step left it.
  static bool TakeStep(icu::UCharsTrie& words, char16_t unit, Step* step);

  std::vector<uint32_t> best_cost_;  // best_cost_[i]: cost of the best path over run[0, i)
  std::vector<uint32_t> previous_;   // previous_[i]: where that path's last word starts
  // The first step of a word, for the characters from U+3000 to U+9FFF (kana and the common
  // ideographs), filled as they appear: the root's branch is the costliest step of a lookup.
  static constexpr char16_t kFirstCachedChar = 0x3000;
  static constexpr char16_t kLastCachedChar = 0x9FFF;
  std::vector<Step> first_step_;
  // The second step, by character pair: a two-way set-associative cache (a pair that comes to
  // a full set displaces the older of its two). After the root, the branch on the second
  // character is the next costliest step, and most lookups end there.
  static constexpr uint32_t kPairSlots = 1u << 16;  // PairSlot gives 16 bits
  std::vector<PairStep> second_step_;
};

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_CJK_WORDS_H_
