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

// FoldTraditional for loops over many characters: the dense table is looked up once, when
// the folder is made, and Fold is inline (one compare and one load for most characters).
class TraditionalFolder {
 public:
  TraditionalFolder();
  char32_t Fold(char32_t c) const {
    if (c - first_ < size_) {
      const char16_t to = to_[c - first_];
      if (to == 0) return c;
      if (to != kSearch) return to;
    } else if (c <= 0xFFFF) {
      return c;  // outside the table: no BMP character there folds
    }
    return FoldTraditional(c);  // folds out of the BMP, or a supplementary character
  }

 private:
  static constexpr char16_t kSearch = 1;  // no fold targets U+0001
  char32_t first_ = 0;
  char32_t size_ = 0;
  const char16_t* to_ = nullptr;  // to_[c - first_]: the fold of c, 0 for none, or kSearch
};

// `text` with every Han character folded to Simplified and nothing else changed. Every fold
// keeps the character's UTF-16 length, so the result has the same offsets as `text`.
std::u16string FoldTraditionalText(std::u16string_view text);

}  // namespace precis::text

#endif  // PRECIS_TEXT_NORMALIZE_H_
