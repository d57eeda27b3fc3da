// Chinese name finding. Every candidate must sit on word-segmentation boundaries; a name
// found once with a title, a speech verb or an honorific is then marked everywhere.
#include "annotate/names_zh.h"

#include <bitset>

#include <set>
#include <unordered_map>
#include <string>

#include "annotate/chars.h"
#include "annotate/lexicon.h"
#include "annotate/word_index.h"

namespace precis::annotate {

namespace {

using lexicon::Words;

bool IsStopChar(char16_t c) {
  static const std::vector<bool>* stops = [] {
    auto* bits = new std::vector<bool>(0x10000, false);
    for (std::u16string_view w : lexicon::ZhNameStops()) {
      if (w.size() == 1) (*bits)[w[0]] = true;
    }
    return bits;
  }();
  return (*stops)[c];
}

// The hot word lists, indexed by first character.
struct Indexes {
  WordIndex titles{lexicon::ZhTitles()};
  WordIndex verbs{lexicon::ZhSpeechVerbs()};
  WordIndex honorifics{lexicon::ZhHonorifics()};
  WordIndex org_suffixes{lexicon::ZhOrgSuffixes()};
  WordIndex short_org_suffixes{lexicon::ZhShortOrgSuffixes()};
  WordIndex places{lexicon::ZhPlaces()};
  EndIndex adverbs_ending{lexicon::ZhAdverbs()};
  EndIndex titles_ending{lexicon::ZhTitles()};
  EndIndex place_suffixes_ending{lexicon::ZhPlaceSuffixes()};
  EndIndex not_places_ending{lexicon::ZhNotPlaces()};
  WordSet corporate_titles{lexicon::ZhCorporateTitles()};
  WordSet weak_surnames{lexicon::WeakSurnames()};
  WordSet org_prefix_stops{lexicon::ZhOrgPrefixStops()};
  WordSet generic_org_words{lexicon::ZhGenericOrgWords()};
  WordSet corporate_org_suffixes{lexicon::ZhCorporateOrgSuffixes()};
};
const Indexes& Index() {
  static const Indexes* indexes = new Indexes();
  return *indexes;
}

// Which characters start a compound surname, as bits: SurnameAt runs at nearly every Han
// character, and a bit test is cheaper than scanning the list each time.
const std::bitset<0x10000>& CompoundSurnameStarts() {
  static const std::bitset<0x10000>* const starts = [] {
    auto* built = new std::bitset<0x10000>();
    for (std::u16string_view w : lexicon::CompoundSurnames()) {
      if (!w.empty()) built->set(w[0]);
    }
    return built;
  }();
  return *starts;
}

// The length of the surname at `pos` (2 for compound surnames, 1, or 0).
size_t SurnameAt(std::u16string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  if (CompoundSurnameStarts().test(text[pos]) && LongestAt(text, pos, lexicon::CompoundSurnames()) == 2) return 2;
  return lexicon::IsSingleSurname(text[pos]) ? 1 : 0;
}

bool AllHan(std::u16string_view s) {
  for (char16_t c : s) {
    if (!IsHan(c)) return false;
  }
  return !s.empty();
}

// True when [start, end) is exactly one token: a dictionary word rather than a name.
bool IsSingleToken(const TokenBounds& bounds, size_t start, size_t end) {
  const int t = bounds.TokenAt(start);
  if (t < 0) return false;
  const Token& token = bounds.tokens()[t];
  return token.start == start && token.end == end;
}

// True when the given name (after the surname) holds no function character.
bool GivenNameOk(std::u16string_view text, size_t start, size_t end) {
  for (size_t i = start; i < end; ++i) {
    if (!IsHan(text[i]) || IsStopChar(text[i])) return false;
  }
  return true;
}

class ZhNameFinder {
 public:
  ZhNameFinder(std::u16string_view text, const TokenBounds& bounds) : text_(text), bounds_(bounds) {}

  void Run(std::vector<Annotation>* out) {
    const Indexes& index = Index();
    std::vector<size_t> anchors;  // speech verbs and honorifics, resolved once counts are known
    std::vector<bool> adverbs_allowed;
    for (size_t i = 0; i < text_.size(); ++i) {
      if (size_t t = index.titles.LongestAt(text_, i)) {
        const bool ascii = IsAsciiLetter(text_[i]);
        const bool ascii_ok = !ascii || ((i == 0 || !IsAsciiLetter(text_[i - 1])) &&
                                         (i + t >= text_.size() || !IsAsciiLetter(text_[i + t])));
        if ((bounds_.IsBoundary(i) || ascii) && ascii_ok) FromTitle(i, t);
      }
      if (bounds_.IsBoundary(i) && index.verbs.LongestAt(text_, i) > 0) {
        anchors.push_back(i);
        adverbs_allowed.push_back(true);
      } else if (bounds_.IsBoundary(i) && index.honorifics.LongestAt(text_, i) > 0) {
        anchors.push_back(i);
        adverbs_allowed.push_back(false);
      }
      if (size_t s = index.org_suffixes.LongestAt(text_, i)) {
        FromOrgSuffix(i, s, /*short_suffix=*/false);
      } else if (size_t s1 = index.short_org_suffixes.LongestAt(text_, i)) {
        FromOrgSuffix(i, s1, /*short_suffix=*/true);
      }
    }
    // Names before verbs need their recurrence: count every candidate in one pass.
    MultiFinder finder;
    for (size_t k = 0; k < anchors.size(); ++k) {
      for (const auto& [b, e] : CandidatesBefore(anchors[k], adverbs_allowed[k])) finder.Add(text_.substr(b, e - b));
    }
    finder.FindAll(text_, [&](size_t, std::u16string_view s) { ++counts_[s]; });
    for (size_t k = 0; k < anchors.size(); ++k) BeforeAnchor(anchors[k], adverbs_allowed[k]);
    FindPlaces(out);
    MarkAll(people_, AnnotationKind::kPerson, out);
    MarkAll(orgs_, AnnotationKind::kOrganization, out);
  }

 private:
  size_t Count(std::u16string_view name) const {
    auto it = counts_.find(name);
    return it == counts_.end() ? 0 : it->second;
  }

  // 執行長黃仁勛, 總統川普, 英偉達CEO黃仁勛: the name right after a title.
  void FromTitle(size_t title_start, size_t title_length) {
    const size_t j = SkipSpaces(text_, title_start + title_length);
    size_t k = j;
    while (k < text_.size() && k - j < 5 && IsHan(text_[k]) && !IsStopChar(text_[k]) &&
           Index().verbs.LongestAt(text_, k) == 0 && Index().titles.LongestAt(text_, k) == 0) {
      ++k;
    }
    const bool clean_end = k >= text_.size() || !IsHan(text_[k]) || IsStopChar(text_[k]) ||
                           Index().verbs.LongestAt(text_, k) > 0;
    const size_t run = k - j;
    size_t name_end = 0;
    if (const size_t s = SurnameAt(text_, j); s > 0 && run >= s + 1) {
      name_end = j + std::min(run, s + 2);
      if (!clean_end && run > s + 2 && !bounds_.IsBoundary(name_end)) name_end = 0;
      // A surname plus one character that the dictionary knows as a word (公開) is no name.
      if (name_end == j + s + 1 && IsSingleToken(bounds_, j, name_end)) name_end = 0;
    } else if (run >= 2 && run <= 4 && clean_end && !IsSingleToken(bounds_, j, k)) {
      name_end = k;  // a transliterated foreign name: 川普, 馬斯克
    }
    if (name_end > 0) AddPerson(j, name_end);
    // The organization before a corporate title: 英偉達CEO黃仁勛, 愛彼迎CEO.
    if (Index().corporate_titles.Contains(text_.substr(title_start, title_length))) {
      size_t b = ExtendBack(title_start);
      if (b < title_start && !IsGeneric(b, title_start, /*single_only=*/false)) AddOrg(b, title_start);
    }
  }

  // Where a name ending right before the verb or honorific at `anchor` may start, longest
  // usable first: [b, e) for three, four and two characters.
  std::vector<std::pair<size_t, size_t>> CandidatesBefore(size_t anchor, bool allow_adverbs) const {
    size_t e = anchor;
    if (allow_adverbs) {
      for (int n = 0; n < 2; ++n) {
        const size_t a = Index().adverbs_ending.LongestEndingAt(text_, e);
        if (a == 0 || !bounds_.IsBoundary(e - a)) break;
        e -= a;
      }
    }
    e = SkipSpacesBack(text_, e);
    std::vector<std::pair<size_t, size_t>> out;
    for (size_t length : {size_t{3}, size_t{4}, size_t{2}}) {
      if (e < length) continue;
      const size_t b = e - length;
      const size_t s = SurnameAt(text_, b);
      if (s == 0 || length < s + 1 || length > s + 2) continue;
      if (!GivenNameOk(text_, b + s, e) || !bounds_.IsBoundary(b)) continue;
      if (length == s + 1 && IsSingleToken(bounds_, b, e)) continue;
      out.emplace_back(b, e);
    }
    return out;
  }

  // 黃仁勛強調, 王小明也表示, 陳先生: the name right before a verb or honorific.
  void BeforeAnchor(size_t anchor, bool allow_adverbs) {
    for (const auto& [b, e] : CandidatesBefore(anchor, allow_adverbs)) {
      const std::u16string_view name = text_.substr(b, e - b);
      const bool clear_left = b == 0 || !IsHan(text_[b - 1]) || IsStopChar(text_[b - 1]) ||
                              Index().titles_ending.LongestEndingAt(text_, b) > 0;
      const bool recurs = Count(name) >= 2;
      const bool weak = SurnameAt(text_, b) == 1 && Index().weak_surnames.Contains(text_.substr(b, 1));
      if (!(clear_left || recurs) || (weak && !recurs)) continue;
      AddPerson(b, e);
      return;
    }
  }

  // Walks back over up to four name-like tokens before `end`; returns where the name starts
  // (== end when none). Returns `end` too when the walk never reached a clear boundary.
  size_t ExtendBack(size_t end) {
    size_t b = end;
    for (int n = 0; n < 4; ++n) {
      if (b == 0) return b;
      const int t = bounds_.TokenAt(b - 1);
      if (t < 0) return b;
      const Token& token = bounds_.tokens()[t];
      const std::u16string_view word = text_.substr(token.start, token.end - token.start);
      const bool han = AllHan(word);
      const bool latin = IsAsciiUpper(word[0]);
      if ((!han && !latin) || Index().org_prefix_stops.Contains(word) || IsStopChar(word.back()) ||
          (han && IsStopChar(word[0]) && word.size() == 1) ||
          (han && std::u16string_view(u"這这那該该此其各每某").find(word[0]) != std::u16string_view::npos)) {
        return b;
      }
      if (n == 3) return end;  // too long to be sure where the name starts
      b = token.start;
    }
    return end;
  }

  // True when the prefix is one generic word (科技公司) or, unless `single_only`, generic
  // words only (美國科技公司): such prefixes name no particular organization.
  bool IsGeneric(size_t start, size_t end, bool single_only) {
    if (single_only) {
      const int t = bounds_.TokenAt(start);
      if (t < 0 || bounds_.tokens()[t].end != end) return false;
    }
    for (size_t p = start; p < end;) {
      const int t = bounds_.TokenAt(p);
      if (t < 0) return false;
      const Token& token = bounds_.tokens()[t];
      if (!Index().generic_org_words.Contains(text_.substr(token.start, token.end - token.start))) return false;
      p = token.end;
    }
    return true;
  }

  void FromOrgSuffix(size_t i, size_t length, bool short_suffix) {
    const size_t se = i + length;
    if (!bounds_.IsBoundary(se)) return;
    size_t b = i;
    const int t = bounds_.TokenAt(i);
    if (t >= 0) {
      const Token& token = bounds_.tokens()[t];
      if (token.start < i) {
        // The suffix ends a longer word: 國務院 (a name) or 格局, 全部 (common words).
        if (token.end != se) return;
        if (short_suffix && token.end - token.start < 3) return;
        b = token.start;
      }
    }
    const size_t head = b;
    b = ExtendBack(b);
    if (b == head && head == i) return;  // a bare suffix: 公司, 該公司
    const std::u16string_view suffix = text_.substr(i, length);
    const bool corporate = Index().corporate_org_suffixes.Contains(suffix);
    if (b < head && head == i && IsGeneric(b, head, /*single_only=*/!corporate)) {
      const bool government = suffix == u"政府" || suffix == u"國會" || suffix == u"国会" || suffix == u"內閣" ||
                              suffix == u"内阁" || suffix == u"議會" || suffix == u"议会";
      if (!government) return;
    }
    AddOrg(b, se);
  }

  void FindPlaces(std::vector<Annotation>* out) {
    for (size_t i = 0; i < text_.size(); ++i) {
      if (!IsHan(text_[i])) continue;
      const bool start_ok = bounds_.IsBoundary(i) || !IsHan(text_[i - 1]);
      if (!start_ok) continue;
      size_t g = Index().places.LongestAt(text_, i);
      // A suffix rule: 台北市, 新竹縣, 廣東省, 深圳市 (the suffix right after a name or word).
      size_t s = 0;
      for (size_t len = 4; len >= 2; --len) {
        if (i + len > text_.size()) continue;
        const size_t e = i + len;
        if (Index().place_suffixes_ending.LongestEndingAt(text_, e) == 0) continue;
        if (!AllHan(text_.substr(i, len)) || !bounds_.IsBoundary(e)) continue;
        // 市值, 市場, 省錢: the suffix character starting another word.
        if (e < text_.size() && std::u16string_view(u"值場场面況况價价佔占錢钱去下事").find(text_[e]) != std::u16string_view::npos) continue;
        if (Index().not_places_ending.LongestEndingAt(text_, e) > 0) continue;
        // Function characters never sit inside a place name (中 and 上 may: 台中, 上海).
        bool stop = false;
        for (size_t k = i; k + 1 < e; ++k) {
          stop = stop || std::u16string_view(u"的在於于與与和及是了被把從从到對对向為为這这那其個个們们也都就")
                             .find(text_[k]) != std::u16string_view::npos;
        }
        if (stop) continue;
        // The part before the suffix must be a known place or one whole word.
        const size_t prefix_end = e - 1;
        const bool known = Index().places.LongestAt(text_, i) == prefix_end - i;
        const int t = bounds_.TokenAt(i);
        const bool word = t >= 0 && bounds_.tokens()[t].start == i &&
                          (bounds_.tokens()[t].end == prefix_end || bounds_.tokens()[t].end == e);
        if ((known || word) && !Index().generic_org_words.Contains(text_.substr(i, prefix_end - i))) {
          s = len;
          break;
        }
      }
      const size_t length = std::max(g, s);
      if (length == 0) continue;
      Annotation a;
      a.start = static_cast<uint32_t>(i);
      a.end = static_cast<uint32_t>(i + length);
      a.kind = AnnotationKind::kPlace;
      a.normalized = std::u16string(text_.substr(i, length));
      out->push_back(std::move(a));
      i += length - 1;
    }
  }

  void AddPerson(size_t start, size_t end) { people_.insert(std::u16string(text_.substr(start, end - start))); }
  void AddOrg(size_t start, size_t end) {
    if (end - start < 2) return;
    orgs_.insert(std::u16string(text_.substr(start, end - start)));
  }

  // Marks every occurrence of every confirmed name; two-character names only on boundaries.
  void MarkAll(const std::set<std::u16string>& names, AnnotationKind kind, std::vector<Annotation>* out) {
    AnnotateOccurrences(text_, names, kind, [&](size_t i, std::u16string_view name) {
      const size_t e = i + name.size();
      if (name.size() <= 2 && !(bounds_.IsBoundary(i) && (bounds_.IsBoundary(e) || kind == AnnotationKind::kPerson))) {
        return false;
      }
      // A Latin-initial name must not continue a longer Latin word.
      return !(IsAsciiLetter(name[0]) && i > 0 && IsAsciiLetter(text_[i - 1]));
    }, out);
  }

  std::u16string_view text_;
  const TokenBounds& bounds_;
  std::set<std::u16string> people_;
  std::set<std::u16string> orgs_;
  std::unordered_map<std::u16string_view, size_t> counts_;
};

}  // namespace

void FindChineseNames(std::u16string_view text, const TokenBounds& bounds, std::vector<Annotation>* out) {
  ZhNameFinder(text, bounds).Run(out);
}

}  // namespace precis::annotate
