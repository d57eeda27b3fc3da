// CJK words: the dictionary cost scaled to IDF-like units (cost is about 20 times a negative
// log frequency). English: frequent general vocabulary (our own list) weighs less than the rest.
#include "lexicon/term_prior.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include <unicode/ucharstrie.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "lexicon/cjk_dictionary.h"
#include "lexicon/word_set.h"
#include "text/utf16.h"

namespace precis::lexicon {
namespace {

// General English vocabulary that news uses everywhere, whatever the subject.
constexpr const char* kCommonEnglish =
    "able across act action added age ago agreed air allowed area areas army asked attack "
    "away bad based became become began believe best better big bill black body book both "
    "boy brought building business call called car care case center centre change child "
    "children city class clear close club company country couple court days deal death "
    "decided department despite died different does early end even event face fact family "
    "far father felt final find fire following force former found free friend friends front "
    "full game general girl give given going good government great group half hand head "
    "health held help high history hit holding home hope hospital hour hours house however "
    "huge important including information inside issue job keep key kind known large later "
    "law lead least leave left less life light likely line little live local long look looking "
    "lost love major making march member members million minutes money month months morning "
    "mother move name national need needed night number office officials open order others "
    "part party past pay percent place plan play played player players point police "
    "political power president press public put question race reached read real reason "
    "recent record released report reported research result return right room run school "
    "season second security set several show shows side since small social son south spent "
    "staff start started state states statement station stay support sure system team "
    "thought three today top total town trying turn two under use used using want wanted "
    "war water while white whole wife win won work working world worked wrote young "
    "believed called change chief continue cost country each earlier expected face "
    "far found known news north east west online program programme video";

bool IsCjk(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
         (c >= 0x30FC && c <= 0x30FE);
}

// The dictionary cost of a CJK word, as CjkWordCost, with the trie's state after the first
// unit remembered per unit of the main Han block (per thread, as units come): otherwise each
// lookup starts with a binary search through the root's many thousand branches.
class FirstUnitStates {
 public:
  static constexpr char16_t kFirst = 0x4E00;
  static constexpr char16_t kLast = 0x9FFF;

  int Cost(std::u16string_view word) {
    const char16_t* trie = CjkDictionaryTrie();
    if (trie == nullptr || word.empty() || word[0] < kFirst || word[0] > kLast) return CjkWordCost(word);
    if (results_.empty()) {
      results_.assign(kLast - kFirst + 1, 0);
      states_.assign(kLast - kFirst + 1, 0);
    }
    const size_t at = word[0] - kFirst;
    icu::UCharsTrie lookup(trie);
    UStringTrieResult result;
    if (results_[at] == 0) {
      result = lookup.first(word[0]);
      results_[at] = static_cast<uint8_t>(1 + result);
      if (result != USTRINGTRIE_NO_MATCH) states_[at] = lookup.getState64();
    } else {
      result = static_cast<UStringTrieResult>(results_[at] - 1);
      if (result != USTRINGTRIE_NO_MATCH) lookup.resetToState64(states_[at]);
    }
    if (word.size() > 1) {
      // A first unit without continuations (no match, or a final value) matches no longer word.
      if (!USTRINGTRIE_HAS_NEXT(result)) return -1;
      result = lookup.next(word.data() + 1, static_cast<int32_t>(word.size() - 1));
    }
    return USTRINGTRIE_HAS_VALUE(result) ? lookup.getValue() : -1;
  }

 private:
  std::vector<uint8_t> results_;   // per unit: 0 unknown, else 1 + the first step's result
  std::vector<uint64_t> states_;   // per unit: the trie's state after it (ICU's 64-bit form)
};

}  // namespace

bool IsCommonEnglishWord(std::u16string_view key) {
  static const WordSet* set = new WordSet({kCommonEnglish});
  return set->Contains(key);
}

double TermPrior(std::u16string_view key) {
  if (key.empty()) return 0;
  if (IsCjk(text::CodePointAt(key, 0))) {
    thread_local FirstUnitStates first_unit_states;
    const int cost = first_unit_states.Cost(key);
    // Words the dictionary lacks are names and new terms: informative, but not more than
    // the rarest dictionary words, since some are mere segmentation leftovers.
    if (cost < 0) return key.size() > 1 ? 4.5 : 3.0;
    return std::clamp((cost - 20) / 25.0, 0.5, 5.0);
  }
  if (IsCommonEnglishWord(key)) return 1.5;
  return 3.0;
}

}  // namespace precis::lexicon
