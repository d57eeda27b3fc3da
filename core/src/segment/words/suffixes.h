// Productive suffixes that ICU's dictionary leaves apart: 現代|化 and 產業|化 are one word
// each (both the PKU and the AS standards write them whole).
#ifndef PRECIS_SEGMENT_WORDS_SUFFIXES_H_
#define PRECIS_SEGMENT_WORDS_SUFFIXES_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"
#include "segment/words/token_edit.h"

namespace precis::segment::words {

// Joins a one-character 化 token to the ideographic word of two or more characters before it.
void MergeSuffixes(std::u16string_view text, std::vector<Piece>* tokens);

// The standard style's noun suffixes: a one-character head that names a kind of place,
// body, field or manner (省 市 區 局 部 室 館 廠 場 隊 團 員 業 界 率 費 式 型 機) joins the
// ideographic word of two or more characters before it (黑龍江省, 司法局, 旅遊業, 準備率), and
// so does the two-character 主義 "-ism" (資本主義).
// Suffixes that the standards treat differently (者, 性, 會, 人, 所) are left apart.
void MergeNounSuffixes(std::u16string_view text, std::vector<Piece>* tokens);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_SUFFIXES_H_
