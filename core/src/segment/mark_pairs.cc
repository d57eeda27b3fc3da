// A stack matcher. ASCII " and ' open or close by their neighbours; an apostrophe between
// letters (don't, dragon’s) is no quotation mark. A closer pairs with the nearest opener of its
// kind within a few levels, so one stray mark does not unbalance the rest.
#include "segment/mark_pairs.h"

#include "segment/punctuation.h"
#include "text/utf16.h"

namespace precis::segment {
namespace {

constexpr size_t kMaxSkippedLevels = 3;

enum class Role { kNone, kOpen, kClose, kEither };

Role RoleOf(std::u16string_view text, size_t start, size_t end, size_t i) {
  char32_t c = text[i];
  bool opens = IsOpeningQuote(c) || IsOpeningBracket(c);
  bool closes = IsClosingQuote(c) || IsClosingBracket(c);
  if (!opens && !closes) return Role::kNone;
  char32_t before = i > start ? text[i - 1] : u' ';
  char32_t after = i + 1 < end ? text[i + 1] : u' ';
  bool letter_before = IsLetter(before) || IsDigit(before);
  bool letter_after = IsLetter(after) || IsDigit(after);
  if (c == u'\'' || c == 0x2019) {
    if (letter_before && letter_after) return Role::kNone;  // apostrophe
  }
  if (c == u'"' || c == u'\'' || c == 0xFF02) {
    bool space_before = text::IsSpace(before) || IsOpeningBracket(before) || IsOpeningQuote(before);
    bool space_after = text::IsSpace(after) || IsTerminator(after) || after == u',' ||
                       after == u';' || after == u':' || IsClosingBracket(after) ||
                       IsClosingQuote(after);
    if (space_before && !space_after) return Role::kOpen;
    if (space_after && !space_before) return Role::kClose;
    return c == u'\'' ? Role::kNone : Role::kEither;
  }
  if (opens) return Role::kOpen;
  if (closes) return Role::kClose;
  return Role::kNone;
}

}  // namespace

std::vector<int32_t> PairMarks(std::u16string_view text, size_t start, size_t end) {
  std::vector<int32_t> partner(end - start, -1);
  std::vector<size_t> open;  // offsets of unmatched openers
  auto try_close = [&](size_t i) {
    char32_t c = text[i];
    for (size_t depth = 0; depth < open.size() && depth <= kMaxSkippedLevels; ++depth) {
      size_t k = open[open.size() - 1 - depth];
      if (ClosingPartner(text[k]) == c) {
        partner[k - start] = static_cast<int32_t>(i - start);
        partner[i - start] = static_cast<int32_t>(k - start);
        open.resize(open.size() - 1 - depth);
        return true;
      }
    }
    return false;
  };
  for (size_t i = start; i < end; ++i) {
    if (IsPlainCharacter(text[i])) continue;
    switch (RoleOf(text, start, end, i)) {
      case Role::kNone:
        break;
      case Role::kOpen:
        open.push_back(i);
        break;
      case Role::kClose:
        try_close(i);
        break;
      case Role::kEither:
        if (!try_close(i)) open.push_back(i);
        break;
    }
  }
  return partner;
}

}  // namespace precis::segment
