// 化 after a word of two or more characters is (almost) always the suffix "-ize"; the noun
// suffixes are joined only in the standard style, where the SIGHAN standards call for them.
#include "segment/words/suffixes.h"

#include <bitset>

#include "segment/words/token_edit.h"

namespace precis::segment::words {

namespace {

// Joins each ideographic token for which `is_suffix` holds (given its text) to the
// ideographic word of two or more characters before it.
template <typename Predicate>
void JoinSuffixes(std::u16string_view text, Predicate is_suffix, std::vector<Piece>* tokens) {
  std::vector<ForcedSpan> spans;
  const std::vector<Piece>& all = *tokens;
  for (size_t t = 0; t + 1 < all.size(); ++t) {
    const Piece& stem = all[t];
    const Piece& suffix = all[t + 1];
    if (stem.kind == TokenKind::kIdeographic && stem.end - stem.start >= 2 &&
        suffix.kind == TokenKind::kIdeographic &&
        is_suffix(text.substr(suffix.start, suffix.end - suffix.start))) {
      spans.push_back({stem.start, suffix.end, TokenKind::kIdeographic});
      ++t;
    }
  }
  ForceSpans(spans, tokens);
}

// Both scripts' forms.
constexpr std::u16string_view kNounSuffixes =
    u"省市区區局部室馆館厂廠场場队隊团團员員业業界率费費式型机機";

}  // namespace

void MergeSuffixes(std::u16string_view text, std::vector<Piece>* tokens) {
  JoinSuffixes(text, [](std::u16string_view s) { return s == u"化"; }, tokens);
}

void MergeNounSuffixes(std::u16string_view text, std::vector<Piece>* tokens) {
  // One bit per BMP character: asked at every ideographic token after a longer one.
  static const std::bitset<0x10000>* const one_character = [] {
    auto* bits = new std::bitset<0x10000>();
    for (char16_t c : kNounSuffixes) bits->set(c);
    return bits;
  }();
  JoinSuffixes(
      text,
      [](std::u16string_view s) {
        return (s.size() == 1 && one_character->test(s[0])) || s == u"主义" || s == u"主義";
      },
      tokens);
}

}  // namespace precis::segment::words
