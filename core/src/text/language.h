// Guesses the language and script of a span of text from its letters: zh-Hant, zh-Hans,
// en (Latin script), ja (kana present) or other; per paragraph and for the whole text.
#ifndef PRECIS_TEXT_LANGUAGE_H_
#define PRECIS_TEXT_LANGUAGE_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"

namespace precis::text {

// Letter counts of a span; they add up across spans.
struct ScriptCounts {
  uint32_t han = 0, kana = 0, hangul = 0, latin = 0, other_letters = 0;
  uint32_t traditional = 0, simplified = 0;  // Han characters that only one script uses
  void Add(const ScriptCounts& o);
};

ScriptCounts CountScripts(std::u16string_view text);
LanguageGuess GuessLanguage(const ScriptCounts& counts);

// Fills analysis->language and analysis->paragraph_languages.
void DetectLanguages(std::u16string_view text, Analysis* analysis);

}  // namespace precis::text

#endif  // PRECIS_TEXT_LANGUAGE_H_
