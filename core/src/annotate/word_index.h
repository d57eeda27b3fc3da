// A word list indexed by first code unit, so that "the longest listed word at this
// position" costs a handful of comparisons instead of one per word in the list.
#ifndef PRECIS_ANNOTATE_WORD_INDEX_H_
#define PRECIS_ANNOTATE_WORD_INDEX_H_

#include <string_view>
#include <unordered_map>
#include <vector>

#include "annotate/chars.h"
#include "precis/annotation.h"

namespace precis::annotate {

class WordIndex {
 public:
  template <typename Words>
  explicit WordIndex(const Words& words) {
    for (std::u16string_view w : words) {
      if (!w.empty()) by_first_[w[0]].push_back(w);
    }
  }

  // The length of the longest word found at `pos`, or 0.
  size_t LongestAt(std::u16string_view text, size_t pos) const {
    if (pos >= text.size()) return 0;
    auto it = by_first_.find(text[pos]);
    if (it == by_first_.end()) return 0;
    size_t best = 0;
    for (std::u16string_view w : it->second) {
      if (w.size() > best && At(text, pos, w)) best = w.size();
    }
    return best;
  }

 private:
  std::unordered_map<char16_t, std::vector<std::u16string_view>> by_first_;
};

// Positions where any of a set of strings (each at least two code units) occurs, found in one
// pass over the text: strings are bucketed by their first two code units.
class MultiFinder {
 public:
  void Add(std::u16string_view s) {
    if (s.size() >= 2) buckets_[Key(s[0], s[1])].push_back(s);
  }
  // Calls found(start, string) for every occurrence, overlapping ones included.
  template <typename Found>
  void FindAll(std::u16string_view text, Found found) const {
    if (buckets_.empty()) return;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      auto it = buckets_.find(Key(text[i], text[i + 1]));
      if (it == buckets_.end()) continue;
      for (std::u16string_view s : it->second) {
        if (At(text, i, s)) found(i, s);
      }
    }
  }

 private:
  static uint32_t Key(char16_t a, char16_t b) { return (uint32_t{a} << 16) | b; }
  std::unordered_map<uint32_t, std::vector<std::u16string_view>> buckets_;
};

// Annotates as `kind` every occurrence in `text` of a string in `names` (normalized to that
// string) where accept(start, name) holds: the shared step of the zh and en name finders.
template <typename Names, typename Accept>
void AnnotateOccurrences(std::u16string_view text, const Names& names, AnnotationKind kind,
                         Accept accept, std::vector<Annotation>* out) {
  MultiFinder finder;
  for (const auto& name : names) finder.Add(name);
  finder.FindAll(text, [&](size_t i, std::u16string_view name) {
    if (!accept(i, name)) return;
    Annotation a;
    a.start = static_cast<uint32_t>(i);
    a.end = static_cast<uint32_t>(i + name.size());
    a.kind = kind;
    a.normalized = std::u16string(name);
    out->push_back(std::move(a));
  });
}

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_WORD_INDEX_H_
