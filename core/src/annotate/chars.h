// Character classes and small string tests used by the annotators. All work on UTF-16 code
// units of the unmodified text; CJK annotations never need characters outside the BMP.
#ifndef PRECIS_ANNOTATE_CHARS_H_
#define PRECIS_ANNOTATE_CHARS_H_

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace precis::annotate {

inline bool IsHan(char16_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         c == 0x3007;  // 〇
}
inline bool IsKana(char16_t c) { return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF); }
inline bool IsHangul(char16_t c) { return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF); }
inline bool IsAsciiDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
inline bool IsFullwidthDigit(char16_t c) { return c >= 0xFF10 && c <= 0xFF19; }
inline bool IsDigit(char16_t c) { return IsAsciiDigit(c) || IsFullwidthDigit(c); }
inline int DigitValue(char16_t c) { return IsAsciiDigit(c) ? c - u'0' : c - 0xFF10; }
inline bool IsAsciiUpper(char16_t c) { return c >= u'A' && c <= u'Z'; }
inline bool IsAsciiLower(char16_t c) { return c >= u'a' && c <= u'z'; }
inline bool IsAsciiLetter(char16_t c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
// Latin letters including accented ones (Latin-1 Supplement and Latin Extended-A/B).
inline bool IsLatinLetter(char16_t c) {
  return IsAsciiLetter(c) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
inline bool IsWordChar(char16_t c) { return IsLatinLetter(c) || IsDigit(c); }

// True when `text` holds `word` at `pos`.
inline bool At(std::u16string_view text, size_t pos, std::u16string_view word) {
  return pos <= text.size() && text.size() - pos >= word.size() && text.compare(pos, word.size(), word) == 0;
}
// True when `text` holds `word` ending at `end`.
inline bool EndsAt(std::u16string_view text, size_t end, std::u16string_view word) {
  return end <= text.size() && end >= word.size() && text.compare(end - word.size(), word.size(), word) == 0;
}

// The longest of `words` found at `pos`, or 0.
template <typename Words>
size_t LongestAt(std::u16string_view text, size_t pos, const Words& words) {
  size_t best = 0;
  for (std::u16string_view w : words) {
    if (w.size() > best && At(text, pos, w)) best = w.size();
  }
  return best;
}
// The longest of `words` ending at `end`, or 0.
template <typename Words>
size_t LongestEndingAt(std::u16string_view text, size_t end, const Words& words) {
  size_t best = 0;
  for (std::u16string_view w : words) {
    if (w.size() > best && EndsAt(text, end, w)) best = w.size();
  }
  return best;
}
template <typename Words>
bool Contains(const Words& words, std::u16string_view word) {
  for (std::u16string_view w : words) {
    if (w == word) return true;
  }
  return false;
}

// Latin-script word boundaries: no letter or digit on the outer side.
inline bool WordStartsAt(std::u16string_view text, size_t pos) { return pos == 0 || !IsWordChar(text[pos - 1]); }
inline bool WordEndsAt(std::u16string_view text, size_t pos) { return pos >= text.size() || !IsWordChar(text[pos]); }

// Skips spaces (ASCII, no-break, ideographic) forward from `pos`.
inline size_t SkipSpaces(std::u16string_view text, size_t pos) {
  while (pos < text.size() && (text[pos] == u' ' || text[pos] == 0xA0 || text[pos] == 0x3000 || text[pos] == u'\t')) ++pos;
  return pos;
}
inline size_t SkipSpacesBack(std::u16string_view text, size_t end) {
  while (end > 0 && (text[end - 1] == u' ' || text[end - 1] == 0xA0 || text[end - 1] == 0x3000 || text[end - 1] == u'\t')) --end;
  return end;
}

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_CHARS_H_
