// Reading time: CJK text is read by characters (about 300 a minute for Chinese news),
// other scripts by words (about 230 a minute), the two added for mixed text.
#include "text/stats.h"

#include <cmath>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/utf16.h"

namespace precis::text {

namespace {
constexpr double kCjkCharactersPerMinute = 300;
constexpr double kWordsPerMinute = 230;

bool IsCjk(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
         script == USCRIPT_HANGUL || c == 0x30FC;
}
}  // namespace

void ComputeStats(std::u16string_view text, Analysis* analysis) {
  TextStats stats;
  for (size_t i = 0; i < text.size();) {
    const char32_t c = CodePointAt(text, i);
    i += c > 0xFFFF && i + 1 < text.size() ? 2 : 1;
    if (IsSpace(c)) continue;
    ++stats.characters;
    if (IsCjk(c)) ++stats.cjk_characters;
  }
  uint32_t other_words = 0;
  for (const Token& t : analysis->tokens) {
    switch (t.kind) {
      case TokenKind::kWord:
      case TokenKind::kNumber:
        ++stats.words;
        ++other_words;
        break;
      case TokenKind::kIdeographic:
      case TokenKind::kKana:
        ++stats.words;
        break;
      default:
        break;
    }
  }
  stats.sentences = static_cast<uint32_t>(analysis->sentences.size());
  stats.paragraphs = static_cast<uint32_t>(analysis->paragraphs.size());
  const double minutes = stats.cjk_characters / kCjkCharactersPerMinute + other_words / kWordsPerMinute;
  stats.reading_seconds = static_cast<uint32_t>(std::ceil(minutes * 60));
  analysis->stats = stats;
}

}  // namespace precis::text
