// English name finding over capitalized-word runs. A run is split at a capitalized title
// (Nvidia CEO Jensen Huang -> organization, person), stripped of sentence-initial function
// words, then classified; people need a title, a speech verb or an appositive next to them.
#include "annotate/names_en.h"

#include <map>
#include <set>
#include <string>

#include "annotate/chars.h"
#include "annotate/lexicon.h"
#include "annotate/word_index.h"

namespace precis::annotate {

namespace {

struct Word {
  size_t start;
  size_t end;  // one past, including an abbreviation's period
};

bool IsAbbreviation(std::u16string_view w) {
  static constexpr std::u16string_view kAbbreviations[] = {u"Mr", u"Mrs", u"Ms", u"Dr", u"Prof", u"Inc", u"Corp", u"Co",
                                                   u"Ltd", u"Jr", u"Sr", u"St", u"Sen", u"Rep", u"Gov", u"Gen",
                                                   u"Lt", u"Col", u"Sgt", u"Jan", u"Feb", u"Mar", u"Apr", u"Jun",
                                                   u"Jul", u"Aug", u"Sep", u"Sept", u"Oct", u"Nov", u"Dec", u"U.S",
                                                   u"U.K", u"L.L.C", u"D.C"};
  for (std::u16string_view a : kAbbreviations) {
    if (w == a) return true;
  }
  return w.size() == 1 && IsAsciiUpper(w[0]);  // an initial: J. Smith
}

std::vector<Word> SplitWords(std::u16string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsLatinLetter(text[i]) && !IsAsciiDigit(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size()) {
      const char16_t c = text[j];
      if (IsLatinLetter(c) || IsAsciiDigit(c)) {
        ++j;
      } else if ((c == u'-' || c == u'&' || c == u'.') && j + 1 < text.size() && IsLatinLetter(text[j + 1]) &&
                 (c != u'.' || (j > i && IsAsciiUpper(text[j - 1]) && j - 1 >= i))) {
        ++j;  // co-founder, AT&T, U.S
      } else {
        break;
      }
    }
    size_t end = j;
    if (end < text.size() && text[end] == u'.' && IsAbbreviation(text.substr(i, j - i))) ++end;
    words.push_back({i, end});
    i = end;
  }
  return words;
}

// The English word lists that the finder asks about every capitalized word, hashed once.
struct EnSets {
  WordSet not_names{lexicon::EnNotNames()};
  WordSet months{lexicon::EnMonths()};
  WordSet weekdays{lexicon::EnWeekdays()};
  WordSet titles{lexicon::EnTitles()};
  WordSet corporate_titles{lexicon::EnCorporateTitles()};
  WordSet places{lexicon::EnPlaces()};
  WordSet place_suffixes{lexicon::EnPlaceSuffixes()};
  WordSet org_suffixes{lexicon::EnOrgSuffixes()};
  WordSet org_heads{lexicon::EnOrgHeads()};
  WordSet not_acronyms{lexicon::EnNotAcronyms()};
  // The gazetteer as a finder: marked in every text, built once.
  MultiFinder gazetteer;
  EnSets() {
    std::set<std::u16string_view> sorted(lexicon::EnPlaces().begin(), lexicon::EnPlaces().end());
    for (std::u16string_view place : sorted) gazetteer.Add(place);
  }
};
const EnSets& Sets() {
  static const EnSets* sets = new EnSets();
  return *sets;
}

bool IsCapitalized(std::u16string_view w) { return !w.empty() && IsAsciiUpper(w[0]); }
bool IsAllCaps(std::u16string_view w) {
  size_t letters = 0;
  for (char16_t c : w) {
    if (IsAsciiLower(c)) return false;
    if (IsAsciiUpper(c)) ++letters;
  }
  return letters >= 2;
}

class EnNameFinder {
 public:
  explicit EnNameFinder(std::u16string_view text) : text_(text), words_(SplitWords(text)) {}

  void Run(std::vector<Annotation>* out) {
    for (size_t w = 0; w < words_.size();) {
      if (!IsCapitalized(Text(w))) {
        ++w;
        continue;
      }
      size_t e = w + 1;  // the run [w, e)
      while (e < words_.size() && SingleSpace(e - 1, e)) {
        const std::u16string_view next = Text(e);
        if (IsCapitalized(next)) {
          ++e;
        } else if ((next == u"of" || next == u"for" || next == u"de" || next == u"van" ||
                    next == u"von" || next == u"bin" || next == u"al") &&
                   e + 1 < words_.size() && SingleSpace(e, e + 1) && IsCapitalized(Text(e + 1)) &&
                   (next != u"of" && next != u"for" ? true : Sets().org_heads.Contains(Text(e - 1)) || RunHasOrgHead(w, e))) {
          e += 2;
        } else {
          break;
        }
      }
      Classify(w, e);
      w = e;
    }
    Acronyms();
    MarkAll(out);
  }

 private:
  std::u16string_view Text(size_t w) const { return text_.substr(words_[w].start, words_[w].end - words_[w].start); }
  bool SingleSpace(size_t a, size_t b) const {
    return words_[b].start == words_[a].end + 1 && (text_[words_[a].end] == u' ' || text_[words_[a].end] == 0xA0);
  }
  bool RunHasOrgHead(size_t w, size_t e) const {
    for (size_t k = w; k < e; ++k) {
      if (Sets().org_heads.Contains(Text(k))) return true;
    }
    return false;
  }
  std::u16string Span(size_t w, size_t e) const {
    std::u16string s(text_.substr(words_[w].start, words_[e - 1].end - words_[w].start));
    return s;
  }
  // The text before word `w`, up to `n` code units, lowercase-insensitive checks use it.
  bool PrecededBy(size_t w, std::u16string_view what) const {
    return EndsAt(text_, words_[w].start, what) &&
           (words_[w].start == what.size() || !IsWordChar(text_[words_[w].start - what.size() - 1]));
  }
  // PrecededBy(w, word + u" ") without building that string.
  bool PrecededByWordAndSpace(size_t w, std::u16string_view word) const {
    const size_t start = words_[w].start;
    return start >= word.size() + 1 && text_[start - 1] == u' ' && EndsAt(text_, start - 1, word) &&
           (start == word.size() + 1 || !IsWordChar(text_[start - word.size() - 2]));
  }
  bool FollowedBy(size_t e, std::u16string_view what) const {
    const size_t p = words_[e - 1].end;
    return At(text_, p, what) && WordEndsAt(text_, p + what.size());
  }
  bool FollowedBySpeech(size_t e) const {
    size_t p = words_[e - 1].end;
    if (At(text_, p, u"'s") || At(text_, p, u"’s")) return false;
    if (p >= text_.size() || text_[p] != u' ') return false;
    ++p;
    for (std::u16string_view adverb : {u"also ", u"later ", u"then ", u"previously ", u"has ", u"had ", u"once "}) {
      if (At(text_, p, adverb)) p += adverb.size();
    }
    for (std::u16string_view verb : lexicon::EnSpeechVerbs()) {
      if (At(text_, p, verb) && WordEndsAt(text_, p + verb.size())) return true;
    }
    return false;
  }
  // Whether a space comes right before word `w`: every lead below ends with one.
  bool SpaceBefore(size_t w) const { return words_[w].start > 0 && text_[words_[w].start - 1] == u' '; }
  bool PrecededBySpeech(size_t w) const {
    if (!SpaceBefore(w)) return false;
    for (std::u16string_view verb : lexicon::EnSpeechVerbs()) {
      if (PrecededByWordAndSpace(w, verb)) return true;
    }
    return PrecededBy(w, u"according to ");
  }
  // "X, chief executive of Y," or "X, who": an appositive that marks a person.
  bool FollowedByAppositive(size_t e) const {
    size_t p = words_[e - 1].end;
    if (!At(text_, p, u", ")) return false;
    p += 2;
    for (std::u16string_view lead : {u"a ", u"an ", u"the ", u"its ", u"their "}) {
      if (At(text_, p, lead)) p += lead.size();
    }
    if (At(text_, p, u"who ")) return true;
    for (std::u16string_view title : lexicon::EnTitles()) {
      if (At(text_, p, title) && WordEndsAt(text_, p + title.size()) && IsAsciiLower(title[0])) return true;
    }
    // An age: "Jane Doe, 45, said".
    return p + 2 < text_.size() && IsAsciiDigit(text_[p]) && IsAsciiDigit(text_[p + 1]) && text_[p + 2] == u',';
  }
  // A lowercase title right before the run: chief executive Jensen Huang, analyst Jane Doe.
  size_t TitleBefore(size_t w) const {
    if (!SpaceBefore(w)) return 0;
    for (std::u16string_view title : lexicon::EnTitles()) {
      if (PrecededByWordAndSpace(w, title)) return title.size() + 1;
    }
    return 0;
  }
  bool IsTitleWord(size_t w) const {
    const std::u16string_view t = Text(w);
    return Sets().titles.Contains(t) && IsCapitalized(t);
  }

  void Classify(size_t w, size_t e) {
    // Strip function words that start sentences and lone month or weekday names.
    while (w < e && (Sets().not_names.Contains(Text(w)) || Sets().months.Contains(Text(w)) ||
                     Sets().weekdays.Contains(Text(w)))) {
      ++w;
    }
    if (w >= e) return;
    // Split at a capitalized title: "Nvidia CEO Jensen Huang", "President Joe Biden".
    for (size_t k = w; k < e; ++k) {
      if (!IsTitleWord(k)) continue;
      // Two-word titles: Vice President, Prime Minister.
      size_t after = k + 1;
      if (after < e && IsTitleWord(after)) ++after;
      if (k > w && Sets().corporate_titles.Contains(Text(k))) AddOrgRun(w, k);
      else if (k > w) Classify(w, k);
      if (after < e) {
        const size_t end = std::min(e, after + 3);
        AddPerson(after, end);
        if (end < e) Classify(end, e);
      }
      return;
    }
    const std::u16string name = Span(w, e);
    // Places: the whole run or a suffix rule.
    if (Sets().places.Contains(name)) {
      places_.insert(name);
      return;
    }
    const std::u16string_view last = Text(e - 1);
    if (e - w >= 2 && Sets().place_suffixes.Contains(last)) {
      places_.insert(name);
      return;
    }
    // Organizations: a suffix or "University of ...".
    if ((e - w >= 2 && Sets().org_suffixes.Contains(last)) ||
        (e - w >= 3 && Sets().org_heads.Contains(Text(w)) && Text(w + 1) == u"of")) {
      AddOrgRun(w, e);
      return;
    }
    // "Nvidia chief executive Jensen Huang", "Nvidia's chief executive".
    // (Any title after any glue will do: the glue is tested first, once.)
    const size_t p = words_[e - 1].end;
    for (std::u16string_view glue : {u" ", u"'s ", u"’s "}) {
      if (!At(text_, p, glue)) continue;
      for (std::u16string_view title : lexicon::EnCorporateTitles()) {
        if (At(text_, p + glue.size(), title) && WordEndsAt(text_, p + glue.size() + title.size()) &&
            IsAsciiLower(title[0])) {
          AddOrgRun(w, e);
          return;
        }
      }
    }
    // People: a title before, a speech verb before or after, or an appositive.
    const bool title = TitleBefore(w) > 0;
    const bool speech = FollowedBySpeech(e) || PrecededBySpeech(w);
    const bool appositive = FollowedByAppositive(e);
    const size_t n = e - w;
    if (n >= 1 && n <= 4 && (title || ((speech || appositive) && n >= 2))) {
      bool plausible = true;
      for (size_t k = w; k < e; ++k) plausible = plausible && !IsAllCaps(Text(k)) && !Sets().org_suffixes.Contains(Text(k));
      if (plausible) AddPerson(w, e);
      return;
    }
    if (n >= 2) pending_.push_back({w, e});
  }

  void AddPerson(size_t w, size_t e) {
    const std::u16string name = Span(w, e);
    if (Sets().places.Contains(name)) return;
    people_.insert(name);
    if (e - w >= 2) surnames_.insert(std::u16string(Text(e - 1)));
  }

  void AddOrgRun(size_t w, size_t e) {
    std::u16string name = Span(w, e);
    if (Sets().places.Contains(name) || Sets().not_names.Contains(name)) return;
    orgs_.insert(name);
    // The short form: "Nvidia Corp." is also "Nvidia".
    static constexpr std::u16string_view kLegal[] = {u"Inc.", u"Inc", u"Corp.", u"Corp", u"Corporation", u"Co.", u"Ltd.",
                                             u"Ltd", u"LLC", u"PLC", u"plc", u"Group", u"Holdings"};
    if (e - w >= 2) {
      for (std::u16string_view legal : kLegal) {
        if (Text(e - 1) == legal) orgs_.insert(Span(w, e - 1));
      }
    }
  }

  // All-caps words that recur, are defined in parentheses, or precede a corporate title.
  void Acronyms() {
    std::map<std::u16string, int> counts;
    for (size_t w = 0; w < words_.size(); ++w) {
      const std::u16string_view t = Text(w);
      if (t.size() < 2 || t.size() > 6 || !IsAllCaps(t) || !IsAsciiUpper(t[0])) continue;
      if (Sets().not_acronyms.Contains(t) || Sets().places.Contains(t)) continue;
      // In an all-caps headline every word is capitals: no evidence there.
      const bool headline = (w > 0 && IsAllCaps(Text(w - 1)) && SingleSpace(w - 1, w)) ||
                            (w + 1 < words_.size() && IsAllCaps(Text(w + 1)) && SingleSpace(w, w + 1));
      if (headline) continue;
      const std::u16string key(t);
      ++counts[key];
      const bool defined = words_[w].start > 0 && text_[words_[w].start - 1] == u'(' && words_[w].end < text_.size() &&
                           text_[words_[w].end] == u')';
      bool titled = false;
      if (At(text_, words_[w].end, u" ")) {
        for (std::u16string_view title : lexicon::EnCorporateTitles()) {
          titled = titled || At(text_, words_[w].end + 1, title);
        }
      }
      if (defined || titled || counts[key] >= 2) orgs_.insert(key);
    }
  }

  void MarkAll(std::vector<Annotation>* out) {
    // Runs left unclassified become people when they hold a known surname: "Jensen Huang".
    for (const auto& [w, e] : pending_) {
      if (surnames_.count(std::u16string(Text(e - 1))) && e - w <= 3) people_.insert(Span(w, e));
    }
    Mark(people_, AnnotationKind::kPerson, out);
    Mark(surnames_, AnnotationKind::kPerson, out);
    Mark(orgs_, AnnotationKind::kOrganization, out);
    Mark(places_, AnnotationKind::kPlace, out);
    // Gazetteer places anywhere, as whole capitalized words.
    Mark(Sets().gazetteer, AnnotationKind::kPlace, out);
  }

  template <typename Names>
  void Mark(const Names& names, AnnotationKind kind, std::vector<Annotation>* out) {
    AnnotateOccurrences(text_, names, kind, [&](size_t i, std::u16string_view name) {
      return WordStartsAt(text_, i) && (WordEndsAt(text_, i + name.size()) || name.back() == u'.');
    }, out);
  }

  std::u16string_view text_;
  std::vector<Word> words_;
  std::set<std::u16string> people_, surnames_, orgs_, places_;
  std::vector<std::pair<size_t, size_t>> pending_;
};

}  // namespace

void FindEnglishNames(std::u16string_view text, std::vector<Annotation>* out) { EnNameFinder(text).Run(out); }

}  // namespace precis::annotate
