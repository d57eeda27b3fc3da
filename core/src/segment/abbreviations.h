// English abbreviations by how they behave before a capitalized word: titles and reference
// words (Mr., p., No.) never end a sentence there; others (Inc., U.S.) do before a sentence opener.
#ifndef PRECIS_SEGMENT_ABBREVIATIONS_H_
#define PRECIS_SEGMENT_ABBREVIATIONS_H_

#include <string_view>

namespace precis::segment {

enum class AbbreviationKind {
  kNone,         // not an abbreviation: the period ends the sentence
  kPrepositive,  // Mr. Dr. St. Mt. No. p. e.g. vs.: what follows belongs to it
  kAmbiguous,    // Inc. Co. Jr. etc. U.S. Jan.: ends a sentence only before a sentence opener
  kTime,         // a.m. p.m.: ends a sentence before any capitalized word
  kInitial,      // a single capital letter: E. in Jonas E. Smith
};

// `word` is the text before the period, back to the previous space or opening mark, e.g.
// "Mr", "U.S", "p.m", "E", "(Ind". Case-insensitive for the listed words.
AbbreviationKind ClassifyAbbreviation(std::u16string_view word);

// Words that commonly open an English sentence (pronouns, determiners, question words,
// connectives): after an ambiguous abbreviation they signal a new sentence.
bool IsSentenceOpener(std::u16string_view word);

// Weekday and month names, capitalized (Monday, Jan, September).
bool IsCalendarWord(std::u16string_view word);

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_ABBREVIATIONS_H_
