// Decides whether a run of sentence-final marks ends its sentence, from the words around it:
// abbreviations, initials, numbers, URLs, ellipses, quotations and their attribution.
#ifndef PRECIS_SEGMENT_BOUNDARY_RULES_H_
#define PRECIS_SEGMENT_BOUNDARY_RULES_H_

#include <cstddef>
#include <string_view>

namespace precis::segment {

// One candidate boundary inside a paragraph; offsets index the whole text.
struct Candidate {
  size_t paragraph_end = 0;
  size_t sentence_start = 0;  // first character of the sentence being built
  size_t marks_start = 0;     // the run of terminators: text[marks_start, marks_end)
  size_t marks_end = 0;
  size_t boundary = 0;        // after the closing quotes and brackets that follow the marks
  bool inside_brackets = false;  // a bracket or title mark opened before is still open
  bool inside_quotation = false; // a quotation opened before is still open
  bool closes_quotation = false;          // the closers end a quotation
  bool closes_opening_quotation = false;  // ... one that opened the sentence
};

// Whether the sentence ends at candidate.boundary.
bool EndsSentence(std::u16string_view text, const Candidate& candidate);

// For a period glued to a word and followed by a spaced ellipsis ("compounds. . . . The"),
// the offset just after that period when the sentence ends there and the ellipsis opens the
// next one; 0 otherwise.
size_t PeriodBeforeSpacedEllipsis(std::u16string_view text, const Candidate& candidate);

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_BOUNDARY_RULES_H_
