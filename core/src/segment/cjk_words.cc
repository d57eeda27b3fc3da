// The unit classes come from ICU's own properties and the sets of ICU's word rules (their
// source: RuleBasedBreakIterator::getRules()), so that the runs this code takes are exactly
// those ICU's CJK engine would get (tests and the fuzz checker compare both tokenizers).
#include "segment/cjk_words.h"

#include <unicode/uchar.h>
#include <unicode/ucharstrie.h>
#include <unicode/uscript.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>

#include "lexicon/cjk_dictionary.h"

namespace precis::segment {
namespace {

// Katakana as the engine's katakana heuristic counts it (dictbe.cpp isKatakana).
bool IsEngineKatakana(char32_t c) {
  return (c >= 0x30A1 && c <= 0x30FE && c != 0x30FB) || (c >= 0xFF66 && c <= 0xFF9F);
}

// Word_Break values that chain with a neighbouring dictionary character or that attach to it.
bool JoinsNeighbours(int32_t word_break) {
  switch (word_break) {
    case U_WB_EXTEND:
    case U_WB_FORMAT:
    case U_WB_ZWJ:
    case U_WB_EXTENDNUMLET:
    case U_WB_KATAKANA:
      return true;
    default:
      return false;
  }
}

// General categories that no word rule gives a status to (punctuation, symbols, separators,
// controls), when the code point's Word_Break value does not chain it either.
bool IsStatuslessCategory(int32_t category) {
  switch (category) {
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR:
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return true;
    default:
      return false;
  }
}

bool HasWordRuleStatus(int32_t word_break) {
  switch (word_break) {
    case U_WB_ALETTER:
    case U_WB_HEBREW_LETTER:
    case U_WB_NUMERIC:
    case U_WB_KATAKANA:
    case U_WB_EXTEND:
    case U_WB_FORMAT:
    case U_WB_ZWJ:
    case U_WB_EXTENDNUMLET:
    case U_WB_REGIONAL_INDICATOR:
    // Runs of spaces and CR LF chain (UAX #29 WB3, WB3d): not alone, though without status.
    case U_WB_WSEGSPACE:
    case U_WB_CR:
    case U_WB_LF:
    case U_WB_NEWLINE:
      return true;
    default:
      return false;
  }
}

// The character set of ICU's CjkBreakEngine for Chinese and Japanese (icu4c dictbe.cpp:
// [[:Han:][:Hiragana:][:Katakana:]\u30fc\uff70\uff9e\uff9f], scripts by the Script property).
bool InCjkEngineSet(UChar32 c, UScriptCode script) {
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || c == 0x30FC ||
         c == 0xFF70 || c == 0xFF9E || c == 0xFF9F;
}

// ICU's cost of a katakana run of `length` characters taken as one word (dictbe.cpp).
uint32_t KatakanaRunCost(uint32_t length) {
  static constexpr uint32_t kCosts[] = {8192, 984, 408, 240, 204, 252, 300, 372, 480};
  return length < std::size(kCosts) ? kCosts[length] : 8192;
}

constexpr uint32_t kUnknownCharCost = 255;   // a character the dictionary lacks
constexpr uint32_t kMaxWordLength = 20;      // the engine looks no further for a word
constexpr uint32_t kMaxKatakanaRun = 20;     // a longer katakana run is no candidate word
constexpr uint32_t kUnreached = std::numeric_limits<uint32_t>::max();

}  // namespace

uint8_t CjkUnitClass(char16_t unit) {
  const UChar32 c = unit;
  if (c >= 0xD800 && c <= 0xDFFF) return kCjkJoiningNeighbour;  // half of a character that may be anything
  uint8_t bits = IsEngineKatakana(c) ? kCjkKatakana : 0;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &status);
  const int32_t word_break = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  if (InCjkEngineSet(c, script)) {
    bits |= kCjkDictionaryChar | kCjkJoiningNeighbour;
    const bool chains = script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || word_break == U_WB_KATAKANA;
    if (chains && u_getIntPropertyValue(c, UCHAR_NFKC_QUICK_CHECK) == UNORM_YES) bits |= kCjkStableChar;
    if (word_break == U_WB_KATAKANA || script == USCRIPT_HIRAGANA || u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) {
      bits |= kCjkWordWhenAlone;
    }
    if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || (c >= 0x30FC && c <= 0x30FE)) bits |= kCjkKanaWord;
  } else if (JoinsNeighbours(word_break) || u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT ||
             u_getIntPropertyValue(c, UCHAR_HANGUL_SYLLABLE_TYPE) != U_HST_NOT_APPLICABLE) {
    bits |= kCjkJoiningNeighbour;  // the other dictionary scripts too (Thai, Hangul)
  } else if (IsStatuslessCategory(u_charType(c)) && !HasWordRuleStatus(word_break) && c != u'@') {
    // (ICU's word rules count @ as a letter, beyond its Word_Break value.)
    bits |= kStandsAlone;
  }
  return bits;
}

namespace {

// UCharsTrie::getState64() holds the position in the trie in its low 59 bits and the
// remaining length of a linear match (+2, at most 16) in its top 5: cjdict is far smaller
// than 2^27 units, so both fit 32 bits. TakeStep checks that the packing loses nothing.
constexpr int kStatePositionBits = 27;
constexpr int kState64RemainingShift = 59;
constexpr uint32_t kStatePositionMask = (uint32_t{1} << kStatePositionBits) - 1;

uint32_t PackState(uint64_t state) {
  return static_cast<uint32_t>(state >> kState64RemainingShift) << kStatePositionBits |
         (static_cast<uint32_t>(state) & kStatePositionMask);
}

uint64_t UnpackState(uint32_t packed) {
  return uint64_t{packed >> kStatePositionBits} << kState64RemainingShift | (packed & kStatePositionMask);
}

uint32_t PairSlot(uint32_t key, uint32_t slots) { return (key * 0x9E3779B1u) >> 16 & (slots - 1); }

}  // namespace

bool CjkWordLattice::TakeStep(icu::UCharsTrie& words, char16_t unit, Step* step) {
  const UStringTrieResult result = words.next(unit);
  *step = Step();
  step->result = static_cast<uint8_t>(result);
  step->known = 1;
  if (USTRINGTRIE_HAS_VALUE(result)) {
    const int32_t value = words.getValue();
    if (value < 0 || value > 0xFFFF) return false;
    step->value = static_cast<uint16_t>(value);
  }
  if (result == USTRINGTRIE_NO_MATCH || result == USTRINGTRIE_FINAL_VALUE) return true;  // no state to go on from
  const uint64_t state = words.getState64();
  step->state = PackState(state);
  return UnpackState(step->state) == state;
}

bool CjkWordLattice::Divide(std::u16string_view run, CjkUnitClassCache& classes, std::vector<uint32_t>* ends) {
  const char16_t* trie = lexicon::CjkDictionaryTrie();
  if (trie == nullptr) return false;
  const auto n = static_cast<uint32_t>(run.size());
  if (best_cost_.size() < n + 1) {
    best_cost_.resize(n + 1);
    previous_.resize(n + 1);  // every position gets its entry before it is read
  }
  std::fill_n(best_cost_.data(), n + 1, kUnreached);
  best_cost_[0] = 0;
  bool previous_katakana = false;
  uint32_t* best_cost = best_cost_.data();
  uint32_t* previous = previous_.data();
  auto relax = [best_cost, previous](uint32_t from, uint32_t to, uint32_t cost) {
    const uint32_t total = best_cost[from] + cost;
    if (total < best_cost[to]) {
      best_cost[to] = total;
      previous[to] = from;
    }
  };
  if (first_step_.empty()) {
    first_step_.resize(kLastCachedChar - kFirstCachedChar + 1);
    second_step_.resize(kPairSlots);
  }
  icu::UCharsTrie words(trie);
  for (uint32_t i = 0; i < n; ++i) {
    // Every dictionary word starting at i, shortest first, as ICU's matcher reports them: the
    // first two steps from the caches when they are there, the rest by walking the trie.
    bool single_char_word = false;
    const uint32_t limit = std::min(n, i + kMaxWordLength);
    uint32_t j = i;  // the last character looked up
    UStringTrieResult result = USTRINGTRIE_NO_MATCH;
    bool walking = false;  // `words` stands after run[i, j] with `result`: go on walking
    Step step;
    const char16_t first = run[i];
    Step* first_slot = first >= kFirstCachedChar && first <= kLastCachedChar ? &first_step_[first - kFirstCachedChar] : nullptr;
    if (first_slot != nullptr && first_slot->known) {
      step = *first_slot;
    } else {
      words.reset();
      if (TakeStep(words, first, &step)) {
        if (first_slot != nullptr) *first_slot = step;
      } else {
        walking = true;
        result = static_cast<UStringTrieResult>(step.result);
      }
    }
    if (!walking) {
      result = static_cast<UStringTrieResult>(step.result);
      if (USTRINGTRIE_HAS_VALUE(result)) {
        single_char_word = true;
        relax(i, i + 1, step.value);
      }
      if (USTRINGTRIE_MATCHES(result) && result != USTRINGTRIE_FINAL_VALUE && ++j < limit) {
        const uint32_t key = uint32_t{first} << 16 | run[j];
        // Two ways per set: the newest pair first, the one it displaced second.
        PairStep* set = &second_step_[PairSlot(key, kPairSlots) & ~1u];
        if (set[0].key == key) {
          step = set[0].step;
        } else if (set[1].key == key) {
          step = set[1].step;
        } else {
          words.resetToState64(UnpackState(step.state));
          if (TakeStep(words, run[j], &step)) {
            set[1] = set[0];
            set[0] = {key, step};
          } else {
            walking = true;
            result = static_cast<UStringTrieResult>(step.result);
          }
        }
        if (!walking) {
          result = static_cast<UStringTrieResult>(step.result);
          if (USTRINGTRIE_HAS_VALUE(result)) relax(i, j + 1, step.value);
          if (USTRINGTRIE_MATCHES(result) && result != USTRINGTRIE_FINAL_VALUE && ++j < limit) {
            words.resetToState64(UnpackState(step.state));
            result = words.next(run[j]);
            walking = true;
          }
        }
      }
    }
    while (walking) {
      if (USTRINGTRIE_HAS_VALUE(result)) {
        if (j == i) single_char_word = true;
        relax(i, j + 1, static_cast<uint32_t>(words.getValue()));
        if (result == USTRINGTRIE_FINAL_VALUE) break;
      } else if (result == USTRINGTRIE_NO_MATCH) {
        break;
      }
      if (++j >= limit) break;
      result = words.next(run[j]);
    }
    if (!single_char_word) relax(i, i + 1, kUnknownCharCost);
    // A run of katakana is a candidate word of its own (rare as single characters in Japanese).
    const bool katakana = IsEngineKatakana(first);  // (what kCjkKatakana says)
    if (katakana && !previous_katakana) {
      uint32_t length = 1;
      while (i + length < n && length < kMaxKatakanaRun && (classes[run[i + length]] & kCjkKatakana)) ++length;
      if (length < kMaxKatakanaRun) relax(i, i + length, KatakanaRunCost(length));
    }
    previous_katakana = katakana;
  }
  // Walk the best path back from the end, then append its word ends in order.
  const size_t first = ends->size();
  for (uint32_t end = n; end > 0; end = previous[end]) ends->push_back(end);
  std::reverse(ends->begin() + static_cast<std::ptrdiff_t>(first), ends->end());
  return true;
}

}  // namespace precis::segment
