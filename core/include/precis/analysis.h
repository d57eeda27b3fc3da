// The result of analyzing a text: plain data whose every span is [start, end) in
// UTF-16 code units of the unmodified input, so text.slice(start, end) is what it names.
#ifndef PRECIS_ANALYSIS_H_
#define PRECIS_ANALYSIS_H_

#include <array>
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

// The features that make up a sentence's score. The numeric values are part of the wasm
// ABI (see wasm/js/kinds.js): each score carries one contribution per feature.
enum class SentenceFeature : uint8_t {
  kCentrality = 0,   // LexRank on the sparse TF-IDF graph; in a short post, centroid similarity
  kPosition = 1,     // news position prior: lead sentences, paragraph openings
  kKeyphrases = 2,   // how much of the top keyphrases' weight the sentence holds
  kHeading = 3,      // penalty: a heading line
  kImage = 4,        // penalty: an image line or caption marker
  kBoilerplate = 5,  // penalty: disclaimer, copyright, subscribe/follow/share call, ad
  kQuestion = 6,     // penalty: a question
  kLength = 7,       // penalty: very short or very long
};
inline constexpr size_t kSentenceFeatureCount = 8;

struct SentenceScore {
  double score = 0;  // the sum of the contributions
  std::array<float, kSentenceFeatureCount> contributions{};  // indexed by SentenceFeature
  bool boilerplate = false;  // detected as boilerplate: never summarized
  bool eligible = true;      // may be chosen for a summary (not boilerplate, heading or image)
};

// A key term or phrase of the article: its display form as first written, and every span
// where it (or a variant with the same normalized key) occurs.
struct Keyphrase {
  std::u16string text;
  double score = 0;  // relative importance, the best keyphrase has 1
  std::vector<Span> occurrences;
};

// Sparse, unit-length TF-IDF vectors of the sentences in compressed-row form: sentence i has
// terms[offsets[i] .. offsets[i+1]) with weights at the same positions. Kept so that a
// summary can be re-selected under another budget without analyzing again.
struct SentenceVectors {
  std::vector<uint32_t> offsets;  // sentences.size() + 1 entries
  std::vector<uint32_t> terms;
  std::vector<float> weights;
};

// How long a summary may be. The first non-zero field wins, in this order.
struct SummaryBudget {
  uint32_t sentences = 0;   // at most this many sentences
  double ratio = 0;         // at most this fraction (0..1] of the eligible sentences
  uint32_t characters = 0;  // at most this many UTF-16 code units of sentence text
};

struct Summary {
  std::vector<uint32_t> sentences;  // indices into Analysis::sentences, in original order
  std::vector<uint32_t> ranks;      // for each of those, 1 = chosen first
  std::u16string text;              // the chosen sentences joined
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
  std::vector<Keyphrase> keyphrases;  // best first
  std::vector<SentenceScore> sentence_scores;  // one per sentence
  SentenceVectors sentence_vectors;
  Summary summary;
};

}  // namespace precis

#endif  // PRECIS_ANALYSIS_H_
