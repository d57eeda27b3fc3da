// One pass over the tokens; each rule looks at one token (or two, for 一个) and ICU's
// dictionary costs. The thresholds were chosen on the first half of the SIGHAN test files and
// checked on the second half (docs/QUALITY.md); the word classes are grammar, not data.
#include "segment/words/standard_cuts.h"

#include <bitset>
#include <memory>
#include <utility>
#include <vector>

#include "annotate/lexicon.h"
#include "lexicon/cjk_dictionary.h"
#include "segment/words/token_edit.h"
#include "segment/words/units.h"
#include "text/han_variants.h"
#include "text/utf16.h"

namespace precis::segment::words {
namespace {

// Adverbs that modify the verb after them (也是 = also + be) and negations.
constexpr std::u16string_view kAdverbs = u"也都就还還才只更并並又再很最将將则則却卻便已";
constexpr std::u16string_view kNegations = u"不没沒";
constexpr std::u16string_view kPronouns = u"我你妳您他她它";
// 的 (structural particle) and 了 (aspect particle) after a word; 的 also before one (的是).
constexpr std::u16string_view kParticles = u"的了";
// Demonstratives and distributives that take a measure word (這個, 每年, 各種).
constexpr std::u16string_view kDeterminers = u"這这那每各此本該该某哪另";
// 几/幾 "a few" is a numeral: both standards cut it from its measure word (幾 個, 几 年).
constexpr std::u16string_view kQuantifiers = u"几幾";

// A pair binds "no more than chance" below these associations (dictionary cost units; a
// dictionary cost is about 10 × −ln frequency). Adverbs and negations head phrases so often
// that even fairly frequent pairs (都是 38, 也是 36) are phrases; pronouns and particles
// form lexical words at lower associations already (他人 24, 目的 25, 為了 26).
constexpr int kAdverbAssociation = 45;
constexpr int kNegationAssociation = 40;
constexpr int kPronounAssociation = 25;
constexpr int kParticleAssociation = 25;
// A three-character name starting with a surname is a dictionary word at this cost or more
// (周恩來 93, 鄧小平 86); commoner three-character words are not names.
constexpr int kRareWordCost = 80;

// The word classes above as bits of one table, looked up once per character instead of
// scanning each list (the cuts ask at every Han token of the text).
enum WordClass : uint8_t {
  kAdverb = 1,
  kNegation = 2,
  kPronoun = 4,
  kParticle = 8,
  kDeterminer = 16,
  kQuantifier = 32,
};

struct ScriptTables {
  std::bitset<0x10000> traditional;
  std::bitset<0x10000> simplified;
  std::vector<uint8_t> classes;  // WordClass bits of each BMP character
};

const ScriptTables& Tables() {
  static const ScriptTables* tables = [] {
    auto* t = new ScriptTables();
    for (char16_t c : text::TraditionalOnlyCharacters()) t->traditional.set(c);
    for (char16_t c : text::SimplifiedOnlyCharacters()) t->simplified.set(c);
    t->classes.assign(0x10000, 0);
    const std::pair<std::u16string_view, WordClass> lists[] = {
        {kAdverbs, kAdverb},       {kNegations, kNegation},     {kPronouns, kPronoun},
        {kParticles, kParticle}, {kDeterminers, kDeterminer}, {kQuantifiers, kQuantifier},
    };
    for (const auto& [list, word_class] : lists) {
      for (char16_t c : list) t->classes[c] |= word_class;
    }
    return t;
  }();
  return *tables;
}

bool Is(char16_t c, WordClass word_class) { return Tables().classes[c] & word_class; }

// Whether `word` (two or three BMP Han characters, a dictionary word) is a function word plus
// a word that binds loosely, and where to cut it (0: keep).
size_t FunctionWordCut(std::u16string_view word) {
  const char16_t first = word.front();
  const char16_t last = word.back();
  int limit = -1;
  bool function_first = true;
  if (Is(first, kAdverb)) {
    limit = kAdverbAssociation;
  } else if (Is(first, kNegation)) {
    limit = kNegationAssociation;
  } else if (Is(first, kPronoun)) {
    limit = kPronounAssociation;
  } else if (first == u'的') {
    limit = kParticleAssociation;
  } else if (Is(last, kParticle)) {
    limit = kParticleAssociation;
    function_first = false;
  }
  if (limit < 0) return 0;
  const int association = DictionaryAssociation(word, function_first);
  if (association < 0 || association >= limit) return 0;
  return function_first ? 1 : word.size() - 1;
}

}  // namespace

ChineseScript DominantScript(std::u16string_view text) {
  const ScriptTables& tables = Tables();
  size_t traditional = 0, simplified = 0;
  for (char16_t c : text) {
    traditional += tables.traditional[c];
    simplified += tables.simplified[c];
  }
  return traditional > simplified ? ChineseScript::kTraditional : ChineseScript::kSimplified;
}

int DictionaryAssociation(std::u16string_view word, bool function_first) {
  if (word.size() < 2) return -1;
  const size_t split = function_first ? 1 : word.size() - 1;
  const int whole = lexicon::CjkWordCost(word);
  const int left = lexicon::CjkWordCost(word.substr(0, split));
  const int right = lexicon::CjkWordCost(word.substr(split));
  if (whole < 0 || left < 0 || right < 0) return -1;
  return left + right - whole;
}

void ApplyStandardCuts(std::u16string_view text, std::vector<Piece>* tokens) {
  const ChineseScript script = DominantScript(text);
  std::vector<ForcedSpan> spans;
  const std::vector<Piece>& all = *tokens;
  auto cut = [&](const Piece& token, uint32_t at) {
    spans.push_back({token.start, at, TokenKind::kIdeographic});
    spans.push_back({at, token.end, TokenKind::kIdeographic});
  };
  for (size_t t = 0; t < all.size(); ++t) {
    const Piece& token = all[t];
    if (token.kind != TokenKind::kIdeographic && token.kind != TokenKind::kNumber) continue;
    const std::u16string_view word = text.substr(token.start, token.end - token.start);
    if (script == ChineseScript::kTraditional && token.kind == TokenKind::kNumber && t + 1 < all.size() &&
        all[t + 1].start == token.end) {
      // Academia Sinica writes a decade or a fiscal year as one word (九十年代, 八十四年度);
      // Peking University writes 90 年代 apart, as the number cut left it.
      const std::u16string_view next = text.substr(all[t + 1].start, all[t + 1].end - all[t + 1].start);
      if (next == u"年代" || next == u"年度") {
        spans.push_back({token.start, all[t + 1].end, TokenKind::kNumber});
        ++t;
        continue;
      }
    }
    bool han = true;
    for (char16_t c : word) han = han && text::IsUnifiedIdeograph(c);
    if (!han) continue;

    if (script == ChineseScript::kSimplified && word == u"一" && t + 1 < all.size() &&
        all[t + 1].kind == TokenKind::kIdeographic && all[t + 1].end == all[t + 1].start + 1 &&
        text[all[t + 1].start] == u'个') {
      // PKU writes the indefinite 一个 as one word (but 两 个, 一 次 apart).
      spans.push_back({token.start, all[t + 1].end, TokenKind::kNumber});
      ++t;
      continue;
    }
    if (token.kind != TokenKind::kIdeographic) continue;
    if (word.size() == 2 && (Is(word[0], kQuantifier) ||
                             (script == ChineseScript::kTraditional && Is(word[0], kDeterminer)))) {
      const UnitMatch unit = MatchUnit(word, 1);  // the unit alone, not 個月
      if (unit.length == 1 && unit.kind != UnitKind::kPercent) {
        cut(token, token.start + 1);
        continue;
      }
    }
    if (word.size() == 3 && script == ChineseScript::kSimplified && annotate::lexicon::IsSingleSurname(word[0]) &&
        lexicon::CjkWordCost(word.substr(0, 2)) < 0) {  // 尤其是 and 高速度 are no names
      const int cost = lexicon::CjkWordCost(word);
      if (cost < 0 || cost >= kRareWordCost) {
        cut(token, token.start + 1);
        continue;
      }
    }
    if (word.size() == 2 || word.size() == 3) {
      // Only dictionary words are cut: FunctionWordCut keeps a word the dictionary lacks
      // (its association is -1), and asks the dictionary only after the cheap class tests.
      const size_t at = FunctionWordCut(word);
      if (at) cut(token, token.start + static_cast<uint32_t>(at));
    }
  }
  ForceSpans(spans, tokens);
}

}  // namespace precis::segment::words
