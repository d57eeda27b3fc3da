// Character classes the sentence and paragraph rules share: sentence terminators, closing
// and opening marks, quotation marks, and letter case, all over ICU's character properties.
#ifndef PRECIS_SEGMENT_PUNCTUATION_H_
#define PRECIS_SEGMENT_PUNCTUATION_H_

namespace precis::segment {

// Marks that can end a sentence: . ! ? 。！？ … and every other Sentence_Terminal.
bool IsTerminator(char32_t c);
// The full stop of any width: . ． ｡ (ambiguous: also decimals, abbreviations, versions).
bool IsFullStop(char32_t c);
// Marks that end a sentence only in CJK usage, where they are never decimals or abbreviations.
bool IsIdeographicTerminator(char32_t c);
bool IsEllipsis(char32_t c);

// Quotation marks that open or close, by direction; ASCII " and ' are both.
bool IsOpeningQuote(char32_t c);
bool IsClosingQuote(char32_t c);
// Brackets (Bidi_Paired_Bracket) other than quotation-like corner brackets.
bool IsOpeningBracket(char32_t c);
bool IsClosingBracket(char32_t c);
// Title marks 《》〈〉: nothing inside them ever ends a sentence.
bool IsTitleMark(char32_t c);
// The mark that closes `open` (for quotes and brackets alike), or 0.
char32_t ClosingPartner(char32_t open);

// ASCII and CJK letters, digits and the space: never a mark of any kind (a fast path).
bool IsPlainCharacter(char32_t c);

bool IsLower(char32_t c);
bool IsUpper(char32_t c);
bool IsLetter(char32_t c);
bool IsDigit(char32_t c);
// Han, Hiragana, Katakana and the CJK punctuation and full-width forms.
bool IsCjk(char32_t c);

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_PUNCTUATION_H_
