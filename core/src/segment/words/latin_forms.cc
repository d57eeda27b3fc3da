// Character scans for URLs and e-mail addresses (they cut through ICU's tokens), then token
// scans for hyphen chains, acronyms and dash runs (they only join whole tokens).
#include "segment/words/latin_forms.h"

#include <algorithm>

#include "segment/words/token_edit.h"

namespace precis::segment::words {
namespace {

bool IsAsciiAlnum(char16_t c) {
  return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool IsUrlChar(char16_t c) {
  return IsAsciiAlnum(c) || std::u16string_view(u"-._~:/?#[]@!$&'()*+,;=%").find(c) != std::u16string_view::npos;
}

bool StartsWithIgnoringCase(std::u16string_view text, size_t at, std::u16string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char16_t c = text[at + i];
    if (c >= u'A' && c <= u'Z') c = static_cast<char16_t>(c + 32);
    if (c != prefix[i]) return false;
  }
  return true;
}

// Drops what a URL or address almost never ends with but a sentence does: . , ; : ! ? ' "
// and a closing bracket whose opening one is not inside.
size_t TrimTrailing(std::u16string_view text, size_t start, size_t end) {
  while (end > start) {
    const char16_t c = text[end - 1];
    if (std::u16string_view(u".,;:!?'\"").find(c) != std::u16string_view::npos) {
      --end;
    } else if (c == u')') {
      // A closing bracket stays only when it closes one opened inside the URL.
      const std::u16string_view url = text.substr(start, end - start);
      const auto opened = std::count(url.begin(), url.end(), u'(');
      const auto closed = std::count(url.begin(), url.end(), u')');
      if (closed <= opened) break;
      --end;
    } else {
      break;
    }
  }
  return end;
}

// The end of a URL starting at `at`, or `at`.
size_t ScanUrl(std::u16string_view text, size_t at) {
  size_t body = at;
  for (std::u16string_view scheme : {u"https://", u"http://", u"ftp://", u"www."}) {
    if (StartsWithIgnoringCase(text, at, scheme)) {
      body = at + scheme.size();
      break;
    }
  }
  if (body == at || body >= text.size() || !IsAsciiAlnum(text[body])) return at;
  size_t end = body;
  while (end < text.size() && IsUrlChar(text[end])) ++end;
  end = TrimTrailing(text, body, end);
  return end > body ? end : at;
}

bool IsLocalPartChar(char16_t c) {
  return IsAsciiAlnum(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-';
}

// The span of an e-mail address around the '@' at `at`, or an empty span.
ForcedSpan ScanEmail(std::u16string_view text, size_t at) {
  size_t start = at;
  while (start > 0 && IsLocalPartChar(text[start - 1])) --start;
  while (start < at && !IsAsciiAlnum(text[start])) ++start;  // no leading dots or dashes
  size_t end = at + 1;
  while (end < text.size() && (IsAsciiAlnum(text[end]) || text[end] == u'-' || text[end] == u'.')) ++end;
  while (end > at + 1 && (text[end - 1] == u'.' || text[end - 1] == u'-')) --end;
  // The domain needs a dot and a top-level part of two or more characters after it.
  size_t last_dot = end;
  while (last_dot > at + 1 && text[last_dot - 1] != u'.') --last_dot;
  --last_dot;
  if (start == at || last_dot <= at + 1 || end - last_dot < 3) return {};
  for (size_t i = last_dot + 1; i < end; ++i) {
    if (IsAsciiAlnum(text[i]) && text[i] >= u'0' && text[i] <= u'9') return {};  // a TLD has letters
  }
  return {static_cast<uint32_t>(start), static_cast<uint32_t>(end), TokenKind::kEmail};
}

bool IsWordLike(TokenKind kind) { return kind == TokenKind::kWord || kind == TokenKind::kNumber; }

bool IsHyphen(char16_t c) { return c == u'-' || c == 0x2010 || c == 0x2011; }

// Dashes and ellipses whose repetition is one mark (——, ……, ---).
bool IsRunPunctuation(char16_t c) {
  return c == 0x2014 || c == 0x2015 || c == 0x2026 || c == 0x2500 || c == 0x2E3A || c == 0x2E3B ||
         c == u'-' || c == 0xFF0D || c == 0x30FB || c == u'.' || c == 0x00B7;
}

// "U.S" or "e.g": single letters separated by periods (ICU leaves the final period out).
bool IsDottedAcronym(std::u16string_view word) {
  if (word.size() < 3 || word.size() % 2 == 0) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const bool letter = (word[i] >= u'a' && word[i] <= u'z') || (word[i] >= u'A' && word[i] <= u'Z');
    if (i % 2 == 0 ? !letter : word[i] != u'.') return false;
  }
  return true;
}

// The mark of one character `mark` right after the token before it.
bool IsGluedMark(std::u16string_view text, const std::vector<Piece>& all, size_t t, char16_t mark) {
  return t < all.size() && all[t].start == all[t - 1].end && all[t].end == all[t].start + 1 &&
         text[all[t].start] == mark;
}

// C++, C#, F#: a name of one or two letters with the marks glued after it, which ICU cuts
// off; returns the last token of the name, or `t` when there is none.
size_t LanguageNameEnd(std::u16string_view text, const std::vector<Piece>& all, size_t t) {
  if (all[t].end - all[t].start > 2) return t;
  // #AI#, a tag between hash marks, is no C#.
  if (all[t].start > 0 && text[all[t].start - 1] == u'#') return t;
  for (uint32_t i = all[t].start; i < all[t].end; ++i) {
    if (!((text[i] >= u'a' && text[i] <= u'z') || (text[i] >= u'A' && text[i] <= u'Z'))) return t;
  }
  size_t last = t;
  if (IsGluedMark(text, all, t + 1, u'+') && IsGluedMark(text, all, t + 2, u'+')) {
    last = t + 2;
    // The standard's year: C++11, C++17.
    auto is_digit = [&](uint32_t i) { return text[i] >= u'0' && text[i] <= u'9'; };
    if (t + 3 < all.size() && all[t + 3].start == all[t + 2].end &&
        all[t + 3].end - all[t + 3].start == 2 && is_digit(all[t + 3].start) &&
        is_digit(all[t + 3].start + 1)) {
      last = t + 3;
    }
  } else if (IsGluedMark(text, all, t + 1, u'#')) {
    last = t + 1;
  }
  // Not C++x or C#1: a word or number glued after the marks makes them something else.
  const uint32_t end = all[last].end;
  const bool glued_after =
      end < text.size() && (IsAsciiAlnum(text[end]) || text[end] == u'+' || text[end] == u'#');
  if (last > t && glued_after) {
    return t;
  }
  return last;
}

}  // namespace

void MergeUrlsAndEmails(std::u16string_view text, std::vector<Piece>* tokens) {
  std::vector<ForcedSpan> spans;
  size_t covered = 0;  // spans must not overlap: nothing starts before this offset
  for (size_t i = 0; i < text.size(); ++i) {
    const char16_t c = text[i];
    if (i >= covered && (c == u'h' || c == u'H' || c == u'f' || c == u'F' || c == u'w' || c == u'W') &&
        (i == 0 || !IsAsciiAlnum(text[i - 1]))) {
      const size_t end = ScanUrl(text, i);
      if (end > i) {
        spans.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end), TokenKind::kUrl});
        covered = end;
        i = end - 1;
        continue;
      }
    }
    if (c == u'@') {
      const ForcedSpan email = ScanEmail(text, i);
      if (email.end > email.start && email.start >= covered) {
        spans.push_back(email);
        covered = email.end;
        i = email.end - 1;
      }
    }
  }
  ForceSpans(spans, tokens);
}

void MergeHyphensAcronymsAndDashes(std::u16string_view text, std::vector<Piece>* tokens) {
  std::vector<ForcedSpan> spans;
  const std::vector<Piece>& all = *tokens;
  auto slice = [&](const Piece& t) { return text.substr(t.start, t.end - t.start); };
  for (size_t t = 0; t < all.size(); ++t) {
    size_t last = t;
    TokenKind kind = all[t].kind;
    if (IsWordLike(all[t].kind) && all[t].kind != TokenKind::kNumber) {
      // word (- word|number)+ : state-of-the-art, COVID-19, GPT-4o
      while (last + 2 < all.size() && all[last + 1].end - all[last + 1].start == 1 &&
             IsHyphen(text[all[last + 1].start]) && IsWordLike(all[last + 2].kind)) {
        last += 2;
      }
      if (last == t && IsDottedAcronym(slice(all[t])) && t + 1 < all.size() &&
          all[t + 1].end - all[t + 1].start == 1 && text[all[t + 1].start] == u'.') {
        last = t + 1;
      }
      if (last == t) last = LanguageNameEnd(text, all, t);
      kind = TokenKind::kWord;
    } else if (all[t].kind == TokenKind::kPunctuation && IsRunPunctuation(text[all[t].start])) {
      const char16_t mark = text[all[t].start];
      auto same_mark = [&](const Piece& token) {
        for (uint32_t i = token.start; i < token.end; ++i) {
          if (text[i] != mark) return false;
        }
        return true;
      };
      if (!same_mark(all[t])) continue;
      while (last + 1 < all.size() && all[last + 1].kind == TokenKind::kPunctuation && same_mark(all[last + 1])) {
        ++last;
      }
    }
    if (last > t) {
      spans.push_back({all[t].start, all[last].end, kind});
      t = last;
    }
  }
  ForceSpans(spans, tokens);
}

}  // namespace precis::segment::words
