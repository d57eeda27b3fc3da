// The result of analyzing a text: plain data whose every span is [start, end) in
// UTF-16 code units of the unmodified input, so text.slice(start, end) is what it names.
#ifndef PRECIS_ANALYSIS_H_
#define PRECIS_ANALYSIS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "precis/annotation.h"

namespace precis {

// Kinds of token. The numeric values are part of the wasm ABI (see wasm/js/kinds.js).
enum class TokenKind : uint8_t {
  kWhitespace = 0,   // spaces, tabs, line breaks
  kPunctuation = 1,  // 。，,.!?「」“” and the like
  kSymbol = 2,       // emoji, math and currency signs, other symbols
  kWord = 3,         // letters of alphabetic scripts (Latin, Cyrillic, Hangul, ...)
  kNumber = 4,       // digits with their separators: 3.5, 1,000
  kIdeographic = 5,  // Han words (Chinese, Japanese kanji)
  kKana = 6,         // Hiragana and Katakana words
  kOther = 7,        // anything else: control characters, unassigned, lone surrogates
  kUrl = 8,          // http://, https://, ftp:// and www. addresses, kept whole
  kEmail = 9,        // e-mail addresses, kept whole
};
// The highest TokenKind: keep it the last one above (checkers test kinds against it).
inline constexpr TokenKind kLastTokenKind = TokenKind::kEmail;

// Kinds of paragraph. The numeric values are part of the wasm ABI (see wasm/js/kinds.js).
enum class ParagraphKind : uint8_t {
  kBody = 0,      // running text
  kHeading = 1,   // a title line: Markdown #, numbered section, or short without final punctuation
  kImage = 2,     // an image or its placeholder: ![alt](url), [圖片], [image]
  kListItem = 3,  // a line opening with a bullet or an enumerator: - * • 1. 1) 一、 (a)
};

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
};

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kOther;
  // The token's text as counted (text::NormalizedKey: NFKC, case fold, Traditional→Simplified);
  // empty for whitespace. Only a key: the token's text is always input[start, end).
  std::u16string key;
};

struct Sentence {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t paragraph = 0;  // index into Analysis::paragraphs
};

struct Paragraph {
  uint32_t start = 0;
  uint32_t end = 0;
  ParagraphKind kind = ParagraphKind::kBody;
};

struct Analysis {
  std::vector<Paragraph> paragraphs;  // in order, non-overlapping, never empty spans
  std::vector<Sentence> sentences;    // in order, each inside its paragraph
  std::vector<Token> tokens;          // in order, tiling the whole input exactly
  // Sorted by start (then longest first); entities never overlap each other, quotations
  // may contain entities.
  std::vector<Annotation> annotations;
  std::vector<Highlight> highlights;  // sorted by start, then layer; see HighlightLayer
  LanguageGuess language;             // of the whole text
  std::vector<LanguageGuess> paragraph_languages;  // one per paragraph
  TextStats stats;
};

}  // namespace precis

#endif  // PRECIS_ANALYSIS_H_
