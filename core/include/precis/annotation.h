// The annotation results: named spans (quantities, dates, quotations, people, organizations,
// places), the highlight layers for the page, the language of the text and its statistics.
#ifndef PRECIS_ANNOTATION_H_
#define PRECIS_ANNOTATION_H_

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace precis {

// Kinds of annotation. The numeric values are part of the wasm ABI (see wasm/js/kinds.js).
enum class AnnotationKind : uint8_t {
  kQuantity = 0,      // 9000億元, 14.5%, $1.2 billion, 400家, 400-megawatt
  kDate = 1,          // 2024年, 11月5日, 2028年第二季, March 4, mid-2027, Tuesday
  kQuotation = 2,     // “…”, 「…」, "…", '…' including the quotation marks
  kPerson = 3,        // 黃仁勛, Jensen Huang
  kOrganization = 4,  // 英偉達, 國家能源局, Nvidia Corp.
  kPlace = 5,         // 台北市, 中國, New York
};

// No value: quantities without a number (never produced) and all other kinds.
inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();
inline constexpr uint32_t kNoSpeaker = std::numeric_limits<uint32_t>::max();

struct Annotation {
  uint32_t start = 0;
  uint32_t end = 0;
  AnnotationKind kind = AnnotationKind::kQuantity;
  // Quantities: the number with its written multipliers applied (三千萬 -> 30000000,
  // $1.2 billion -> 1.2e9, 14.5% -> 14.5). NaN for the other kinds.
  double value = kNoValue;
  // Quantities: the unit as a lookup key (元, %, 家, USD, TWD, megawatt; empty when bare).
  // Dates: ISO 8601 where it applies (2026-03-12, 2024, --11-05, 2028-Q2, 2027-mid, tuesday).
  // People, organizations, places: the name as a lookup key (the text, whitespace collapsed).
  // Quotations: the speaker's name as a lookup key, empty when no speaker is named.
  std::u16string normalized;
  // Quotations: the mention of the speaker, [speaker_start, speaker_end), or kNoSpeaker.
  uint32_t speaker_start = kNoSpeaker;
  uint32_t speaker_end = kNoSpeaker;
};

// Highlight layers. Within one layer spans are sorted and never overlap; layers may overlap.
// The numeric values are part of the wasm ABI (see wasm/js/kinds.js).
enum class HighlightLayer : uint8_t {
  kSentence = 0,   // key sentences of the summary
  kKeyphrase = 1,  // occurrences of keyphrases
  kQuotation = 2,  // quotations
  kEntity = 3,     // quantities, dates, people, organizations, places
};

// What a highlight names. The numeric values are part of the wasm ABI.
enum class HighlightKind : uint8_t {
  kQuantity = 0,
  kDate = 1,
  kQuotation = 2,
  kPerson = 3,
  kOrganization = 4,
  kPlace = 5,
  kKeySentence = 6,
  kKeyphrase = 7,
};

struct Highlight {
  uint32_t start = 0;
  uint32_t end = 0;
  HighlightLayer layer = HighlightLayer::kEntity;
  HighlightKind kind = HighlightKind::kQuantity;
  // In [0, 1]: how much the span matters (sentence and keyphrase scores; for annotations a
  // fixed weight by kind, raised for quotations with a named speaker).
  float score = 0;
  // Key sentences: 0 for the best sentence, 1 for the next...; -1 for the other layers.
  int32_t rank = -1;
  // Entity and quotation layers: index into Analysis::annotations; -1 otherwise.
  int32_t annotation = -1;
};

// Languages told apart. The numeric values are part of the wasm ABI.
enum class Language : uint8_t {
  kOther = 0,     // none of the below, or no letters at all
  kZhHant = 1,    // Chinese in Traditional characters
  kZhHans = 2,    // Chinese in Simplified characters
  kEnglish = 3,   // Latin-script text (English is the one Latin language told apart)
  kJapanese = 4,  // kana with or without kanji
};

struct LanguageGuess {
  Language language = Language::kOther;
  // The share of the letters that supports the guess, in [0, 1].
  float confidence = 0;
};

struct TextStats {
  uint32_t characters = 0;     // code points other than white space
  uint32_t cjk_characters = 0;  // Han, kana and Hangul code points
  uint32_t words = 0;          // word, number, ideographic and kana tokens
  uint32_t sentences = 0;
  uint32_t paragraphs = 0;
  // Seconds to read at 300 CJK characters and 230 other words a minute, rounded up.
  uint32_t reading_seconds = 0;
};

}  // namespace precis

#endif  // PRECIS_ANNOTATION_H_
