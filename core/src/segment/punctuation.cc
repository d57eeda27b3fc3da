// Character classes over ICU's properties (compiled into ICU, no data file needed), with the
// few CJK and quotation specifics that the Unicode properties leave ambiguous.
#include "segment/punctuation.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace precis::segment {

bool IsFullStop(char32_t c) { return c == u'.' || c == 0xFF0E || c == 0xFF61; }

bool IsIdeographicTerminator(char32_t c) {
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFE52 || c == 0xFE56 || c == 0xFE57;
}

bool IsEllipsis(char32_t c) { return c == 0x2026 || c == 0x22EF || c == 0xFE19; }

namespace {

// Letters and digits of the scripts most text is in, answered without a property lookup.
bool IsPlainLetterOrDigit(char32_t c) {
  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
         (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3041 && c <= 0x3096) ||
         (c >= 0x30A1 && c <= 0x30FA);
}

}  // namespace

bool IsPlainCharacter(char32_t c) { return IsPlainLetterOrDigit(c) || c == u' '; }

bool IsTerminator(char32_t c) {
  if (c < 0x80) return c == u'.' || c == u'!' || c == u'?';
  if (IsPlainLetterOrDigit(c)) return false;
  if (IsEllipsis(c)) return true;
  // Sentence_Terminal covers . ! ? and their full-width, CJK and other scripts' forms.
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_S_TERM);
}

bool IsOpeningQuote(char32_t c) {
  switch (c) {
    case u'"': case u'\'': case 0x201C: case 0x2018: case 0x201E: case 0x201A: case 0x00AB:
    case 0x2039: case 0x300C: case 0x300E: case 0xFE41: case 0xFE43: case 0x301D: case 0xFF02:
      return true;
    default:
      return false;
  }
}

bool IsClosingQuote(char32_t c) {
  switch (c) {
    case u'"': case u'\'': case 0x201D: case 0x2019: case 0x00BB: case 0x203A: case 0x300D:
    case 0x300F: case 0xFE42: case 0xFE44: case 0x301E: case 0x301F: case 0xFF02:
      return true;
    default:
      return false;
  }
}

bool IsTitleMark(char32_t c) { return c == 0x300A || c == 0x300B || c == 0x3008 || c == 0x3009; }

bool IsOpeningBracket(char32_t c) {
  if (c < 0x80) return c == u'(' || c == u'[' || c == u'{';
  if (c == 0x300C || c == 0x300E) return false;  // corner brackets quote
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_BIDI_PAIRED_BRACKET_TYPE) ==
         U_BPT_OPEN;
}

bool IsClosingBracket(char32_t c) {
  if (c < 0x80) return c == u')' || c == u']' || c == u'}';
  if (c == 0x300D || c == 0x300F) return false;
  return u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_BIDI_PAIRED_BRACKET_TYPE) ==
         U_BPT_CLOSE;
}

char32_t ClosingPartner(char32_t open) {
  switch (open) {
    case u'"': return u'"';
    case u'\'': return u'\'';
    case 0x201C: case 0x201E: return 0x201D;
    case 0x2018: case 0x201A: return 0x2019;
    case 0x00AB: return 0x00BB;
    case 0x2039: return 0x203A;
    case 0x300C: return 0x300D;
    case 0x300E: return 0x300F;
    case 0xFE41: return 0xFE42;
    case 0xFE43: return 0xFE44;
    case 0x301D: return 0x301E;
    case 0xFF02: return 0xFF02;
    default: break;
  }
  if (u_getIntPropertyValue(static_cast<UChar32>(open), UCHAR_BIDI_PAIRED_BRACKET_TYPE) ==
      U_BPT_OPEN) {
    return static_cast<char32_t>(u_getBidiPairedBracket(static_cast<UChar32>(open)));
  }
  return 0;
}

bool IsLower(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool IsUpper(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }
bool IsLetter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool IsDigit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }

bool IsCjk(char32_t c) {
  if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)) return true;
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return U_SUCCESS(status) &&
         (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
          script == USCRIPT_BOPOMOFO);
}

}  // namespace precis::segment
