// Pairs up the quotation marks, brackets and title marks of a paragraph, so that the sentence
// rules know what is quoted or bracketed. Unbalanced marks stay unpaired and are ignored.
#ifndef PRECIS_SEGMENT_MARK_PAIRS_H_
#define PRECIS_SEGMENT_MARK_PAIRS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace precis::segment {

// For each code unit of text[start, end), the offset (relative to `start`) of the mark that
// pairs with it, or -1: partner[open] = close and partner[close] = open.
std::vector<int32_t> PairMarks(std::u16string_view text, size_t start, size_t end);

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_MARK_PAIRS_H_
