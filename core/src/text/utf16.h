// Small helpers over UTF-16 text that never change offsets: code point access and
// character classes used by the segmenters.
#ifndef PRECIS_TEXT_UTF16_H_
#define PRECIS_TEXT_UTF16_H_

#include <cstdint>
#include <string_view>

namespace precis::text {

// The code point starting at `index`; a lone surrogate is returned as itself.
inline char32_t CodePointAt(std::u16string_view text, size_t index) {
  char16_t lead = text[index];
  if (lead >= 0xD800 && lead <= 0xDBFF && index + 1 < text.size()) {
    char16_t trail = text[index + 1];
    if (trail >= 0xDC00 && trail <= 0xDFFF) {
      return 0x10000 + ((char32_t(lead) - 0xD800) << 10) + (char32_t(trail) - 0xDC00);
    }
  }
  return lead;
}

// Line terminators per Unicode (UAX #14 mandatory breaks): LF, VT, FF, CR, NEL, LS, PS.
inline bool IsLineBreak(char16_t c) {
  return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
         c == 0x2029;
}

// CJK Unified Ideographs and Extension A (U+4E00–U+9FFF, U+3400–U+4DBF): the ordinary Han
// characters of the BMP, without the compatibility ideographs from U+F900.
inline bool IsUnifiedIdeograph(char16_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

// White space that may surround a paragraph or sentence without belonging to it.
bool IsSpace(char32_t c);

}  // namespace precis::text

#endif  // PRECIS_TEXT_UTF16_H_
