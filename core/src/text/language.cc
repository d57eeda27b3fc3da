// Script counting over code points. A Han character weighs as much as three Latin letters
// (a Chinese word is about 1.5 characters, an English one about 5 letters), so mixed
// paragraphs go to the script that carries more of their words.
#include "text/language.h"

#include <cstdint>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/han_variants.h"
#include "text/utf16.h"

namespace precis::text {

void ScriptCounts::Add(const ScriptCounts& o) {
  han += o.han;
  kana += o.kana;
  hangul += o.hangul;
  latin += o.latin;
  other_letters += o.other_letters;
  traditional += o.traditional;
  simplified += o.simplified;
}

ScriptCounts CountScripts(std::u16string_view text) {
  // 0: neither, 1: Traditional only, 2: Simplified only; a table so that each Han character
  // costs one lookup.
  static const std::vector<uint8_t>* variant = [] {
    auto* table = new std::vector<uint8_t>(0x10000, 0);
    for (char16_t c : TraditionalOnlyCharacters()) (*table)[c] = 1;
    for (char16_t c : SimplifiedOnlyCharacters()) (*table)[c] = 2;
    return table;
  }();
  ScriptCounts counts;
  for (size_t i = 0; i < text.size();) {
    const char32_t c = CodePointAt(text, i);
    i += c > 0xFFFF ? 2 : 1;
    if (!u_isalpha(static_cast<UChar32>(c))) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
    switch (script) {
      case USCRIPT_HAN:
        ++counts.han;
        if (c <= 0xFFFF) {
          if ((*variant)[c] == 1) ++counts.traditional;
          if ((*variant)[c] == 2) ++counts.simplified;
        }
        break;
      case USCRIPT_HIRAGANA:
      case USCRIPT_KATAKANA:
        ++counts.kana;
        break;
      case USCRIPT_HANGUL:
        ++counts.hangul;
        break;
      case USCRIPT_LATIN:
        ++counts.latin;
        break;
      case USCRIPT_COMMON:
      case USCRIPT_INHERITED:
        // The prolonged sound mark ー is Common but only Japanese writes it.
        if (c == 0x30FC) ++counts.kana;
        break;
      default:
        ++counts.other_letters;
        break;
    }
  }
  return counts;
}

LanguageGuess GuessLanguage(const ScriptCounts& c) {
  LanguageGuess guess;
  const double han = c.han * 3.0, kana = c.kana * 3.0, hangul = c.hangul * 3.0;
  const double total = han + kana + hangul + c.latin + c.other_letters;
  if (total == 0) return guess;
  const double cjk = han + kana;
  if (c.kana > 0 && c.kana * 5 >= c.han && cjk >= c.latin && cjk >= hangul + c.other_letters) {
    guess.language = Language::kJapanese;
    guess.confidence = static_cast<float>(cjk / total);
  } else if (han >= c.latin && han >= hangul && han >= c.other_letters) {
    const double variants = c.traditional + c.simplified;
    // With no telling character either way the text is written alike in both scripts.
    guess.language = c.traditional > c.simplified ? Language::kZhHant : Language::kZhHans;
    const double lean = variants > 0 ? std::max(c.traditional, c.simplified) / variants : 0.5;
    guess.confidence = static_cast<float>(han / total * lean);
  } else if (c.latin >= hangul && c.latin >= c.other_letters) {
    guess.language = Language::kEnglish;
    guess.confidence = static_cast<float>(c.latin / total);
  } else {
    guess.language = Language::kOther;
    guess.confidence = static_cast<float>(std::max(hangul, double(c.other_letters)) / total);
  }
  return guess;
}

void DetectLanguages(std::u16string_view text, Analysis* analysis) {
  ScriptCounts all;
  analysis->paragraph_languages.clear();
  for (const Paragraph& p : analysis->paragraphs) {
    const ScriptCounts counts = CountScripts(text.substr(p.start, p.end - p.start));
    analysis->paragraph_languages.push_back(GuessLanguage(counts));
    all.Add(counts);
  }
  analysis->language = GuessLanguage(all);
}

}  // namespace precis::text
