// Counting by code point with ICU's script and letter properties; apostrophes stay inside
// words (don't, it’s).
#include "text/word_length.h"

#include <bitset>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/utf16.h"

namespace precis::text {

namespace {

bool IsCjkByScript(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
         (c >= 0x30FC && c <= 0x30FE);
}

}  // namespace

// Asked at every character of an article by several stages: each BMP answer is remembered
// as bits once looked up (the script property is compiled into ICU, it never changes).
bool IsCjkChar(char32_t c) {
  if (c > 0xFFFF) return IsCjkByScript(c);
  struct Cache {
    std::bitset<0x10000> known;
    std::bitset<0x10000> cjk;
  };
  thread_local Cache cache;  // per thread: analyzers may run on several
  if (!cache.known.test(c)) {
    cache.known.set(c);
    cache.cjk.set(c, IsCjkByScript(c));
  }
  return cache.cjk.test(c);
}

double LengthInWords(std::u16string_view text) {
  double words = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char32_t c = CodePointAt(text, i);
    if (c > 0xFFFF) ++i;
    if (IsCjkChar(c)) {
      words += 0.5;
      in_word = false;
    } else if (u_isalnum(static_cast<UChar32>(c))) {
      if (!in_word) words += 1;
      in_word = true;
    } else if (c != u'\'' && c != u'’') {
      in_word = false;
    }
  }
  return words;
}

}  // namespace precis::text
