// Normalized keys for counting and matching tokens: NFKC with case folding, then
// Traditional→Simplified character folding. Keys never replace text; offsets stay in the input.
#ifndef PRECIS_TEXT_NORMALIZE_H_
#define PRECIS_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace precis::text {

// The key under which `text` is counted: NFKC_Casefold (full-width to half-width, ligatures
// and compatibility forms unfolded, case folded), then each Traditional Han character folded
// to its Simplified form, so 黃仁勛, 黄仁勋 and ＡＩ/ai each share a key. Lone surrogates and
// unassigned code points pass through unchanged; never fails.
std::u16string NormalizedKey(std::u16string_view text);

// Appends the key of `text` to `out` (the same as NormalizedKey, without a temporary).
void AppendNormalizedKey(std::u16string_view text, std::u16string* out);

// The Simplified form of one Han character, or `c` itself when it has none.
char32_t FoldTraditional(char32_t c);

// `text` with every Han character folded to Simplified and nothing else changed. Every fold
// keeps the character's UTF-16 length, so the result has the same offsets as `text`.
std::u16string FoldTraditionalText(std::u16string_view text);

}  // namespace precis::text

#endif  // PRECIS_TEXT_NORMALIZE_H_
