// Latin forms kept whole: URLs, e-mail addresses, hyphenated words (state-of-the-art,
// COVID-19, GPT-4o), dotted acronyms (U.S., e.g.) and C++, C#; and runs of dashes or
// ellipses (——, ……).
#ifndef PRECIS_SEGMENT_WORDS_LATIN_FORMS_H_
#define PRECIS_SEGMENT_WORDS_LATIN_FORMS_H_

#include <string_view>
#include <vector>

#include "precis/analysis.h"
#include "segment/words/token_edit.h"

namespace precis::segment::words {

// Makes each URL (http://, https://, ftp://, www.) a kUrl token and each e-mail address a
// kEmail token; trailing sentence punctuation stays outside.
void MergeUrlsAndEmails(std::u16string_view text, std::vector<Piece>* tokens);

// Joins word-hyphen-word chains into one kWord token, a dotted acronym with its final period,
// a one- or two-letter name with ++ or # glued after it (C++, C#, F#), and runs of one
// repeated dash or ellipsis character into one punctuation token.
void MergeHyphensAcronymsAndDashes(std::u16string_view text, std::vector<Piece>* tokens);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_LATIN_FORMS_H_
