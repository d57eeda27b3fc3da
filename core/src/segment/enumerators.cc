// Reads an enumerator: an optional bullet, an optional opening parenthesis, a number of one to
// three digits or a single letter, and its closing mark(s), followed by a space.
#include "segment/enumerators.h"

#include "segment/punctuation.h"
#include "text/utf16.h"

namespace precis::segment {
namespace {

bool IsBulletMark(char16_t c) {
  static constexpr std::u16string_view kBullets = u"•·‧∙⁃▪◦●○■□◆◇►▶➢-*";
  return kBullets.find(c) != std::u16string_view::npos;
}

int DigitValue(char16_t c) {
  if (c >= u'0' && c <= u'9') return c - u'0';
  if (c >= 0xFF10 && c <= 0xFF19) return c - 0xFF10;
  return -1;
}

}  // namespace

Enumerator ReadEnumerator(std::u16string_view text) {
  Enumerator result;
  size_t i = 0;
  const size_t n = text.size();
  std::u16string form;
  if (i < n && IsBulletMark(text[i])) {
    form.push_back(text[i++]);
    while (i < n && text[i] == u' ') ++i;
  }
  bool parenthesized = i < n && (text[i] == u'(' || text[i] == 0xFF08);
  if (parenthesized) form.push_back(text[i++]);
  form.push_back(u'|');
  int value = 0;
  size_t digits = 0;
  while (i < n && digits < 3 && DigitValue(text[i]) >= 0) {
    value = value * 10 + DigitValue(text[i++]);
    ++digits;
  }
  bool alphabetic = false;
  if (digits == 0) {
    if (i < n && ((text[i] >= u'a' && text[i] <= u'z') || (text[i] >= u'A' && text[i] <= u'Z'))) {
      char16_t letter = text[i++];
      value = (letter >= u'a' ? letter - u'a' : letter - u'A') + 1;
      alphabetic = true;
      form.push_back(letter >= u'a' ? u'a' : u'A');
    } else {
      return result;
    }
  } else if (i < n && DigitValue(text[i]) >= 0) {
    return result;  // four digits or more: a year or an amount, not an enumerator
  }
  // Closing marks: "." ")" ".)" and their full-width forms.
  size_t marks = 0;
  while (i < n && marks < 2 &&
         (text[i] == u'.' || text[i] == u')' || text[i] == 0xFF0E || text[i] == 0xFF09)) {
    form.push_back(text[i++]);
    ++marks;
  }
  if (marks == 0) return result;
  if (parenthesized && form.back() != u')' && form.back() != 0xFF09) return result;
  // A space follows, or (in Chinese and Japanese, which use none) the item's first character.
  if (i >= n) return result;
  if (!text::IsSpace(text[i]) && !(IsCjk(text[i]) && !IsDigit(text[i]) && !IsTerminator(text[i]))) {
    return result;
  }
  while (i < n && text[i] == u' ') ++i;
  result.length = i;
  result.value = value;
  result.alphabetic = alphabetic;
  result.form = form;
  return result;
}

}  // namespace precis::segment
