// Speaker attachment by local patterns around each quotation, within its sentence-ish
// neighbourhood (never across 。！？ or a line break).
#include "annotate/speakers.h"

#include <algorithm>
#include <unordered_map>

#include "annotate/chars.h"
#include "annotate/lexicon.h"

namespace precis::annotate {

namespace {

bool IsSpeakerKind(AnnotationKind k) { return k == AnnotationKind::kPerson || k == AnnotationKind::kOrganization; }

bool IsHardStop(char16_t c) {
  return c == u'。' || c == u'！' || c == u'？' || c == u'\n' || c == u'\r' || c == u'!' || c == u'?' || c == u'；';
}

// Skips the marks that join a quotation to its attribution: ，, ：: —— – - and spaces.
size_t SkipJoiners(std::u16string_view text, size_t p, size_t limit) {
  while (p < limit) {
    const char16_t c = text[p];
    if (c == u' ' || c == u'，' || c == u',' || c == u'：' || c == u':' || c == u'—' || c == u'–' || c == u'-' ||
        c == 0x3000 || c == 0xA0) {
      ++p;
    } else {
      break;
    }
  }
  return p;
}
size_t SkipJoinersBack(std::u16string_view text, size_t p, size_t limit) {
  while (p > limit) {
    const char16_t c = text[p - 1];
    if (c == u' ' || c == u'，' || c == u',' || c == u'：' || c == u':' || c == u'—' || c == u'–' || c == 0x3000 ||
        c == 0xA0) {
      --p;
    } else {
      break;
    }
  }
  return p;
}

size_t SpeechVerbAt(std::u16string_view text, size_t p) {
  if (size_t v = LongestAt(text, p, lexicon::ZhSpeechVerbs())) return v;
  for (std::u16string_view verb : lexicon::EnSpeechVerbs()) {
    if (At(text, p, verb) && WordStartsAt(text, p) && WordEndsAt(text, p + verb.size())) return verb.size();
  }
  return 0;
}
size_t SpeechVerbEndingAt(std::u16string_view text, size_t e) {
  if (size_t v = LongestEndingAt(text, e, lexicon::ZhSpeechVerbs())) return v;
  for (std::u16string_view verb : lexicon::EnSpeechVerbs()) {
    if (EndsAt(text, e, verb) && WordEndsAt(text, e) && WordStartsAt(text, e - verb.size())) return verb.size();
  }
  return 0;
}

class SpeakerFinder {
 public:
  SpeakerFinder(std::u16string_view text, std::vector<Annotation>* annotations) : text_(text), all_(*annotations) {}

  void Run() {
    for (size_t i = 0; i < all_.size(); ++i) {
      const Annotation& a = all_[i];
      if (!IsSpeakerKind(a.kind)) continue;
      auto [it, inserted] = by_end_.emplace(a.end, static_cast<int>(i));
      if (!inserted && a.kind == AnnotationKind::kPerson) it->second = static_cast<int>(i);
    }
    for (Annotation& q : all_) {
      if (q.kind != AnnotationKind::kQuotation) continue;
      int speaker = After(q);
      if (speaker < 0) speaker = Before(q);
      if (speaker < 0) continue;
      q.speaker_start = all_[speaker].start;
      q.speaker_end = all_[speaker].end;
      q.normalized = all_[speaker].normalized;
    }
  }

 private:
  // The speaker-kind annotation starting at `p`, or -1; people win over organizations.
  int EntityStartingAt(size_t p) const {
    auto it = std::lower_bound(all_.begin(), all_.end(), p, [](const Annotation& a, size_t v) { return a.start < v; });
    int found = -1;
    for (; it != all_.end() && it->start == p; ++it) {
      if (IsSpeakerKind(it->kind) && (found < 0 || it->kind == AnnotationKind::kPerson)) {
        found = static_cast<int>(it - all_.begin());
      }
    }
    return found;
  }
  int EntityEndingAt(size_t e) const {
    auto it = by_end_.find(e);
    return it == by_end_.end() ? -1 : it->second;
  }
  // The last person mentioned before `p`: the antecedent of 他, 她, he, she.
  int LastPersonBefore(size_t p) const {
    auto it = std::lower_bound(all_.begin(), all_.end(), p, [](const Annotation& a, size_t v) { return a.start < v; });
    for (size_t i = it - all_.begin(); i-- > 0;) {
      if (all_[i].kind == AnnotationKind::kPerson && all_[i].end <= p) return static_cast<int>(i);
      if (p - all_[i].start > 2000) break;  // too far back to be the antecedent
    }
    return -1;
  }

  // ”——英偉達CEO黃仁勛, 」黃仁勛說, ," said Huang, ," Huang said, ," the company said.
  int After(const Annotation& q) const {
    size_t limit = q.end;
    while (limit < text_.size() && limit - q.end < 40 && !IsHardStop(text_[limit]) && text_[limit] != u'“' &&
           text_[limit] != u'「' && text_[limit] != u'"') {
      ++limit;
    }
    const size_t p0 = q.end;
    size_t p = SkipJoiners(text_, p0, limit);
    const bool dash = p > p0 && (text_.substr(p0, p - p0).find(u'—') != std::u16string_view::npos);
    // "said Huang", "said Jensen Huang, the chief executive".
    if (size_t v = SpeechVerbAt(text_, p)) {
      const size_t n = SkipSpaces(text_, p + v);
      if (int e = EntityStartingAt(n); e >= 0) return e;
      return -1;
    }
    // A title before the person: ," chief executive Maria Lopez said.
    p = SkipSpaces(text_, p + TitleAt(p));
    // An entity, perhaps an organization and a title before the person (英偉達CEO黃仁勛).
    for (int hops = 0; hops < 3 && p < limit; ++hops) {
      const int e = EntityStartingAt(p);
      if (e < 0) break;
      const Annotation& a = all_[e];
      size_t after = SkipSpaces(text_, a.end);
      if (a.kind == AnnotationKind::kPerson) {
        if (dash || SpeechVerbAt(text_, after) || SpeechAfterAdverbs(after)) return e;
        return -1;
      }
      // An organization: its own statement ("…," the company said) or a title to a person.
      if (SpeechVerbAt(text_, after)) return e;
      const size_t title = TitleAt(after);
      if (title == 0) return dash ? e : -1;
      p = SkipSpaces(text_, after + title);
    }
    return -1;
  }

  // The length of the title at `p` (執行長, CEO, chief executive), or 0.
  size_t TitleAt(size_t p) const {
    size_t title = LongestAt(text_, p, lexicon::ZhTitles());
    for (std::u16string_view t : lexicon::EnTitles()) {
      if (t.size() > title && At(text_, p, t) && WordEndsAt(text_, p + t.size())) title = t.size();
    }
    return title;
  }

  bool SpeechAfterAdverbs(size_t p) const {
    for (int n = 0; n < 2; ++n) {
      const size_t a = LongestAt(text_, p, lexicon::ZhAdverbs());
      if (a == 0) break;
      p += a;
      if (SpeechVerbAt(text_, p)) return true;
    }
    // "Huang, the chief executive, said" — an appositive before the verb.
    if (p < text_.size() && text_[p] == u',') {
      const size_t comma = text_.find(u',', p + 1);
      if (comma != std::u16string_view::npos && comma - p < 60) {
        return SpeechVerbAt(text_, SkipSpaces(text_, comma + 1)) > 0;
      }
    }
    return false;
  }

  // 黃仁勛表示：「…」, Huang said: "…", He told reporters, "…".
  int Before(const Annotation& q) const {
    size_t floor = q.start;
    while (floor > 0 && q.start - floor < 60 && !IsHardStop(text_[floor - 1]) && text_[floor - 1] != u'”' &&
           text_[floor - 1] != u'」' && text_[floor - 1] != u'"') {
      --floor;
    }
    size_t e = SkipJoinersBack(text_, q.start, floor);
    // "told reporters", "told Reuters": skip the hearer.
    size_t v = SpeechVerbEndingAt(text_, e);
    if (v == 0) {
      // Only within the neighbourhood: a search of the whole text per quotation is quadratic.
      const size_t near = e > floor + 30 ? e - 30 : floor;
      const size_t found = text_.substr(near, e - near).rfind(u"told ");
      if (found != std::u16string_view::npos) {
        const size_t told = near + found;
        e = told + 4;
        v = 4;
      }
    }
    if (v == 0) return -1;
    size_t n = SkipSpacesBack(text_, e - v);
    for (int k = 0; k < 2; ++k) {
      const size_t a = LongestEndingAt(text_, n, lexicon::ZhAdverbs());
      if (a == 0) break;
      n -= a;
    }
    for (std::u16string_view adverb : {u" also", u" later", u" then", u" has", u" had"}) {
      if (EndsAt(text_, n, adverb)) n -= adverb.size();
    }
    n = SkipSpacesBack(text_, n);
    if (int e2 = EntityEndingAt(n); e2 >= 0) return e2;
    for (std::u16string_view pronoun : {u"他", u"她", u"He", u"She", u"he", u"she"}) {
      if (EndsAt(text_, n, pronoun) && (pronoun.size() == 1 || WordStartsAt(text_, n - pronoun.size()))) {
        return LastPersonBefore(n - pronoun.size());
      }
    }
    return -1;
  }

  std::u16string_view text_;
  std::vector<Annotation>& all_;
  std::unordered_map<size_t, int> by_end_;  // speaker-kind annotations by their end
};

}  // namespace

void AttachSpeakers(std::u16string_view text, std::vector<Annotation>* annotations) {
  SpeakerFinder(text, annotations).Run();
}

}  // namespace precis::annotate
