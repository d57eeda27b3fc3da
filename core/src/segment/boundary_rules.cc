// The rules, in order: nothing ends inside brackets or titles; a quoted English sentence stays
// whole; a comma or a lower-case word after the marks continues the sentence; a quotation that
// opened the sentence runs on through its attribution; then periods are weighed word by word.
#include "segment/boundary_rules.h"

#include <unicode/uscript.h>

#include "segment/abbreviations.h"
#include "segment/enumerators.h"
#include "segment/punctuation.h"
#include "text/utf16.h"

namespace precis::segment {
namespace {

UScriptCode ScriptOf(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return U_SUCCESS(status) ? script : USCRIPT_INVALID_CODE;
}

bool IsClauseMark(char32_t c) {
  return c == u',' || c == u';' || c == u':' || c == 0xFF0C || c == 0x3001 || c == 0xFF1B ||
         c == 0xFF1A;
}

size_t SkipSpace(std::u16string_view text, size_t i, size_t end) {
  while (i < end && text::IsSpace(text[i])) ++i;
  return i;
}

constexpr size_t kWordReach = 64;  // no abbreviation or name part is longer

// The word glued to the left of `end`: back to a space, the sentence start or a CJK character
// or mark (Latin glued to Chinese is a word of its own: 美国总统Mr. Smith, （Dr. Li）.
std::u16string_view WordBefore(std::u16string_view text, size_t begin, size_t end) {
  size_t start = end;
  while (start > begin && end - start < kWordReach) {
    const char16_t unit = text[start - 1];
    if (text::IsSpace(unit)) break;
    const bool pair = unit >= 0xDC00 && unit <= 0xDFFF && start - 1 > begin &&
                      text[start - 2] >= 0xD800 && text[start - 2] <= 0xDBFF;
    const size_t width = pair ? 2 : 1;
    if (IsCjk(text::CodePointAt(text, start - width))) break;
    start -= width;
  }
  return text.substr(start, end - start);
}

// The letters (and apostrophes) starting at `start`.
std::u16string_view LettersAt(std::u16string_view text, size_t start, size_t end) {
  size_t i = start;
  while (i < end && i - start < kWordReach && (IsLetter(text[i]) || text[i] == u'\'')) ++i;
  return text.substr(start, i - start);
}

// Whether text[begin, end) holds more than `limit` words; looks back from `end` only as far as
// it must, so that long sentences cost nothing.
bool HasMoreWordsThan(std::u16string_view text, size_t begin, size_t end, size_t limit) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = end; i > begin; --i) {
    bool space = text::IsSpace(text[i - 1]);
    if (!space && !in_word && ++words > limit) return true;
    in_word = !space;
  }
  return false;
}

// Tokens are looked at this far at most on either side, so a run of glued periods stays linear.
constexpr size_t kTokenReach = 64;

bool Contains(std::u16string_view haystack, std::u16string_view needle) {
  return haystack.find(needle) != std::u16string_view::npos;
}

// Chinese and Japanese verbs of saying that make a short clause an attribution.
bool HasCjkSpeechVerb(std::u16string_view clause) {
  static constexpr std::u16string_view kVerbs[] = {
      u"說", u"说", u"道", u"問", u"问", u"表示", u"稱", u"称", u"指出", u"回答", u"答",
      u"強調", u"强调", u"補充", u"补充", u"透露", u"坦言", u"直言", u"解釋", u"解释",
      u"宣布", u"宣佈", u"寫", u"写", u"告訴", u"告诉", u"提到", u"談到", u"谈到", u"回應",
      u"回应", u"言っ", u"述べ", u"話し", u"語っ", u"答え", u"聞い"};
  for (auto verb : kVerbs) {
    if (Contains(clause, verb)) return true;
  }
  return false;
}

// Whether the words at `next` attribute the quotation just closed: 他說。 「……」と述べた。
bool IsAttribution(std::u16string_view text, size_t next, size_t end) {
  char32_t first = text[next];
  if (first == u'と') return true;  // Japanese quotative particle: 「……」と述べた。
  if (IsCjk(first)) {
    size_t i = next;
    while (i < end && i - next <= 16 && !IsTerminator(text[i]) && !IsClauseMark(text[i]) &&
           !IsOpeningQuote(text[i])) {
      ++i;
    }
    if (i - next > 16) return false;
    // 他回答：「……」 introduces a new quotation rather than attributing the last one.
    if (i < end && (text[i] == u':' || text[i] == 0xFF1A || IsOpeningQuote(text[i]))) return false;
    return HasCjkSpeechVerb(text.substr(next, i - next));
  }
  // In English a capitalized word after a closed quotation opens a new sentence ("Stop!"
  // Alice said. is two in the Golden Rules' convention); "…" she said. is caught as lower case.
  return false;
}

// A period with no space after it: "world.Today" ends a sentence; 3.5, e-mail addresses,
// URLs, file names and "U.S.Army" do not.
bool GluedPeriodEnds(std::u16string_view text, const Candidate& c, size_t next) {
  char32_t after = text::CodePointAt(text, next);
  size_t token_start = c.marks_start;
  while (token_start > c.sentence_start && c.marks_start - token_start < kTokenReach &&
         !text::IsSpace(text[token_start - 1])) {
    --token_start;
  }
  size_t token_end = next;
  while (token_end < c.paragraph_end && token_end - next < kTokenReach &&
         !text::IsSpace(text[token_end])) {
    ++token_end;
  }
  std::u16string_view token = text.substr(token_start, token_end - token_start);
  if (Contains(token, u"@") || Contains(token, u"://") || Contains(token, u"www.") ||
      Contains(token, u"/")) {
    return false;
  }
  if (IsDigit(after)) return false;  // 3.5, ３．２９, 1026.253.553
  if (IsCjk(after)) {
    // 如下：1.增加班次: one or two digits and a period glued to Chinese text number an item.
    size_t digits_start = c.marks_start;
    while (digits_start > c.sentence_start && c.marks_start - digits_start < 3 && IsDigit(text[digits_start - 1])) {
      --digits_start;
    }
    const size_t digit_count = c.marks_start - digits_start;
    if (digit_count >= 1 && digit_count <= 2 && c.marks_end == c.marks_start + 1 &&
        (digits_start == c.sentence_start || !(IsLetter(text[digits_start - 1]) || IsDigit(text[digits_start - 1]) ||
                                               IsFullStop(text[digits_start - 1])))) {
      return false;
    }
    // An abbreviation keeps its period before CJK text: a title always (Mr.王), any other
    // when a Japanese particle follows (Apple Inc.は) or CJK text comes right before it, so
    // that it sits inside a CJK sentence (在U.S.工作); after English (the U.S.他來自) it ends.
    const std::u16string_view word = WordBefore(text, c.sentence_start, c.marks_start);
    const AbbreviationKind kind = ClassifyAbbreviation(word);
    const size_t word_start = c.marks_start - word.size();
    const bool inside_cjk = word_start > c.sentence_start && IsCjk(text[word_start - 1]);
    const bool particle = after >= 0x3041 && after <= 0x309F;  // Hiragana
    const bool may_end = kind == AbbreviationKind::kAmbiguous || kind == AbbreviationKind::kTime;
    if (kind == AbbreviationKind::kPrepositive || (may_end && (inside_cjk || particle))) {
      return false;
    }
    // 布魯斯．喬治: a dot between Han characters joins the parts of a transliterated name.
    // A dot at the very start of the text has nothing before it (found by the fuzzer).
    char32_t before = c.marks_start > 0 ? text[c.marks_start - 1] : 0;
    UScriptCode a = ScriptOf(before);
    return !(a == USCRIPT_HAN && ScriptOf(after) == USCRIPT_HAN);
  }
  if (!IsUpper(after) || next + 1 >= c.paragraph_end || !IsLower(text[next + 1])) return false;
  size_t letters = 0;
  size_t i = c.marks_start;
  bool digits = false;
  while (i > token_start && (IsLetter(text[i - 1]) || IsDigit(text[i - 1]) || text[i - 1] == u',')) {
    --i;
    if (IsDigit(text[i])) digits = true;
    ++letters;
  }
  if (digits) return true;  // "bought 1,000.That is"
  return letters >= 2 && IsLower(text[c.marks_start - 1]);
}

// A single period followed by a space and something other than a lower-case word.
bool PeriodEnds(std::u16string_view text, const Candidate& c, size_t next) {
  std::u16string_view word = WordBefore(text, c.sentence_start, c.marks_start);
  if (word.empty()) return true;
  AbbreviationKind kind = ClassifyAbbreviation(word);
  char32_t after = text::CodePointAt(text, next);
  // A number after an abbreviation belongs to it: p. 55, No. 5, Jan. 20.
  if (IsDigit(after)) return kind == AbbreviationKind::kNone;
  std::u16string_view next_word = LettersAt(text, next, c.paragraph_end);
  switch (kind) {
    case AbbreviationKind::kNone:
      return true;
    case AbbreviationKind::kPrepositive:
      return false;
    case AbbreviationKind::kTime:
      // "At 5 a.m. Mr. Smith left" opens with a time, it does not end there.
      // "5 p.m. EST", "9 a.m. Friday": a time zone, weekday or month goes with the time.
      if (next_word.size() >= 2 && IsUpper(next_word[1])) return false;
      if (IsCalendarWord(next_word)) return false;
      return HasMoreWordsThan(text, c.sentence_start, c.marks_start, 3) && !IsLower(after);
    case AbbreviationKind::kAmbiguous:
      return IsSentenceOpener(next_word);
    case AbbreviationKind::kInitial: {
      size_t word_start = c.marks_start - word.size();
      if (word_start <= c.sentence_start) return false;  // "A. His name is ..." labels an item
      size_t before_end = word_start;
      while (before_end > c.sentence_start && text::IsSpace(text[before_end - 1])) --before_end;
      std::u16string_view previous = WordBefore(text, c.sentence_start, before_end);
      // 答案选A. Next: an initial after CJK text is no part of a name.
      if (previous.empty()) return before_end > c.sentence_start && IsCjk(text[before_end - 1]);
      // "Jonas E. Smith", "J. R. R. Tolkien": an initial inside a name; "you and I. Did" ends.
      char32_t lead = text::CodePointAt(previous, 0);
      return !(IsUpper(lead) || (previous.size() == 2 && previous[1] == u'.'));
    }
  }
  return true;
}

}  // namespace

size_t PeriodBeforeSpacedEllipsis(std::u16string_view text, const Candidate& c) {
  size_t i = c.marks_start;
  if (i == 0 || !IsFullStop(text[i]) || text::IsSpace(text[i - 1])) return 0;
  if (i + 1 >= c.marks_end || text[i + 1] != u' ') return 0;
  size_t dots = 0;
  for (size_t k = i; k < c.marks_end; ++k) dots += IsFullStop(text[k]) ? 1 : 0;
  if (dots < 4) return 0;
  size_t next = SkipSpace(text, c.boundary, c.paragraph_end);
  if (next >= c.paragraph_end || !IsUpper(text::CodePointAt(text, next))) return 0;
  return i + 1;
}

bool EndsSentence(std::u16string_view text, const Candidate& c) {
  size_t next = SkipSpace(text, c.boundary, c.paragraph_end);
  if (next >= c.paragraph_end) return true;
  if (c.inside_brackets) return false;
  bool ideographic = false;
  bool exclamation = false;  // ! ? and their kin
  bool spaced = false;
  size_t dots = 0;
  size_t ellipses = 0;
  for (size_t i = c.marks_start; i < c.marks_end; ++i) {
    char32_t m = text[i];
    if (IsIdeographicTerminator(m)) ideographic = true;
    else if (IsFullStop(m)) ++dots;
    else if (IsEllipsis(m)) ++ellipses;
    else if (text::IsSpace(m)) spaced = true;
    else exclamation = true;
  }
  if (c.inside_quotation && !ideographic) return false;
  char32_t after = text::CodePointAt(text, next);
  if (IsClauseMark(after)) return false;
  // Japanese quotative particle: 彼は「もう帰ります。」と言った。
  if (c.closes_quotation && after == u'と' && next == c.boundary) return false;
  if (c.closes_opening_quotation && IsAttribution(text, next, c.paragraph_end)) return false;
  if (ideographic) return true;
  bool glued = next == c.boundary;
  // "Smith. a. here it is b. another": an enumerator opens a list item even in lower case.
  if (!glued && IsLower(after) && ReadEnumerator(text.substr(next, c.paragraph_end - next)).length > 0) {
    return true;
  }
  if (IsLower(after)) return false;
  // "!Kung", "?q=1": marks after a space and glued to a word belong to that word.
  if (glued && (c.marks_start == c.sentence_start || text::IsSpace(text[c.marks_start - 1])) &&
      (IsLetter(after) || IsDigit(after))) {
    return false;
  }
  // An ellipsis running straight into Chinese or Japanese text trails off a list or a
  // thought mid-sentence: 打油、做饭、洗衣……春末，…
  if (!exclamation && ellipses > 0 && glued && IsCjk(after)) return false;
  if (glued) {
    if (exclamation || ellipses > 0 || dots > 1) {
      return IsCjk(after) || (IsUpper(after) && next + 1 < c.paragraph_end && IsLower(text[next + 1]));
    }
    return GluedPeriodEnds(text, c, next);
  }
  if (exclamation) return true;
  if (ellipses > 0 || dots >= 3) {
    // A spaced ". . ." marks an omission inside a sentence; a fourth dot ends it.
    if (spaced) return dots >= 4;
    return true;
  }
  if (dots == 1) return PeriodEnds(text, c, next);
  return true;
}

}  // namespace precis::segment
