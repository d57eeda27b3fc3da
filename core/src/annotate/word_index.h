// A word list indexed by first code unit, so that "the longest listed word at this
// position" costs a handful of comparisons instead of one per word in the list.
#ifndef PRECIS_ANNOTATE_WORD_INDEX_H_
#define PRECIS_ANNOTATE_WORD_INDEX_H_

#include <algorithm>
#include <bitset>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotate/chars.h"
#include "precis/annotation.h"

namespace precis::annotate {

// Which code units start (or end) a list's words, as bits: the finders ask at nearly every
// position, and one bit test rules out most of them before any lookup.
using UnitBits = std::bitset<0x10000>;

// Buckets of words by a key (a code unit, or two), frozen into one array with an
// open-addressing table from key to bucket: the finders ask at nearly every position, and a
// node-based map hashes with a division on each lookup.
class KeyedBuckets {
 public:
  using Bucket = std::vector<std::u16string_view>;

  // Each bucket keeps its words in their order.
  explicit KeyedBuckets(const std::unordered_map<uint32_t, Bucket>& buckets) {
    size_t capacity = 16;
    while (capacity < buckets.size() * 2) capacity <<= 1;
    slots_.assign(capacity, Slot());
    shift_ = 32;
    for (size_t c = capacity; c > 1; c >>= 1) --shift_;
    for (const auto& [key, bucket] : buckets) {
      size_t i = SlotOf(key);
      while (slots_[i].key != kEmpty) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = {key, static_cast<uint32_t>(words_.size()), static_cast<uint32_t>(words_.size() + bucket.size())};
      words_.insert(words_.end(), bucket.begin(), bucket.end());
    }
  }

  bool empty() const { return words_.empty(); }

  // Calls visit(word) for each word of `key`'s bucket in order until it returns true; true
  // when one did.
  template <typename Visitor>
  bool Visit(uint32_t key, Visitor visit) const {
    for (size_t i = SlotOf(key);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[i];
      if (slot.key == kEmpty) return false;
      if (slot.key != key) continue;
      for (uint32_t w = slot.begin; w < slot.end; ++w) {
        if (visit(words_[w])) return true;
      }
      return false;
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;  // no code unit pair is this key
  struct Slot {
    uint32_t key = kEmpty;
    uint32_t begin = 0;
    uint32_t end = 0;
  };
  // Fibonacci hashing: the high bits of the product mix all of the key.
  size_t SlotOf(uint32_t key) const { return shift_ >= 32 ? 0 : (key * 2654435769u) >> shift_; }

  std::vector<Slot> slots_;
  int shift_ = 32;
  std::vector<std::u16string_view> words_;
};

// Buckets of words sorted longest first, so that the first match is the longest.
inline void SortLongestFirst(std::vector<std::u16string_view>* bucket) {
  std::stable_sort(bucket->begin(), bucket->end(),
                   [](std::u16string_view a, std::u16string_view b) { return a.size() > b.size(); });
}

class WordIndex {
 public:
  template <typename Words>
  explicit WordIndex(const Words& words) : by_first_(Buckets(words, &first_)) {}

  // The length of the longest word found at `pos`, or 0.
  size_t LongestAt(std::u16string_view text, size_t pos) const {
    if (pos >= text.size() || !first_.test(text[pos])) return 0;
    size_t found = 0;
    by_first_.Visit(text[pos], [&](std::u16string_view w) {
      if (!At(text, pos, w)) return false;
      found = w.size();
      return true;
    });
    return found;
  }

 private:
  template <typename Words>
  static std::unordered_map<uint32_t, KeyedBuckets::Bucket> Buckets(const Words& words, UnitBits* first) {
    std::unordered_map<uint32_t, KeyedBuckets::Bucket> by_first;
    for (std::u16string_view w : words) {
      if (w.empty()) continue;
      by_first[w[0]].push_back(w);
      first->set(w[0]);
    }
    for (auto& [unit, bucket] : by_first) SortLongestFirst(&bucket);
    return by_first;
  }

  UnitBits first_;  // declared first: the buckets' constructor sets it
  KeyedBuckets by_first_;
};

// The same for words ending at a position: indexed by last code unit.
class EndIndex {
 public:
  template <typename Words>
  explicit EndIndex(const Words& words) : by_last_(Buckets(words, &last_)) {}

  // The length of the longest word ending at `end`, or 0 (as LongestEndingAt in chars.h).
  size_t LongestEndingAt(std::u16string_view text, size_t end) const {
    if (end == 0 || end > text.size() || !last_.test(text[end - 1])) return 0;
    size_t found = 0;
    by_last_.Visit(text[end - 1], [&](std::u16string_view w) {
      if (!EndsAt(text, end, w)) return false;
      found = w.size();
      return true;
    });
    return found;
  }

 private:
  template <typename Words>
  static std::unordered_map<uint32_t, KeyedBuckets::Bucket> Buckets(const Words& words, UnitBits* last) {
    std::unordered_map<uint32_t, KeyedBuckets::Bucket> by_last;
    for (std::u16string_view w : words) {
      if (w.empty()) continue;
      by_last[w.back()].push_back(w);
      last->set(w.back());
    }
    for (auto& [unit, bucket] : by_last) SortLongestFirst(&bucket);
    return by_last;
  }

  UnitBits last_;  // declared first: the buckets' constructor sets it
  KeyedBuckets by_last_;
};

// Membership in a word list, hashed once (as Contains in chars.h, without the scan).
class WordSet {
 public:
  template <typename Words>
  explicit WordSet(const Words& words) : words_(words.begin(), words.end()) {}
  bool Contains(std::u16string_view word) const { return words_.count(word) > 0; }

 private:
  std::unordered_set<std::u16string_view> words_;
};

// Positions where any of a set of strings (each at least two code units) occurs, found in one
// pass over the text: strings are bucketed by their first two code units.
class MultiFinder {
 public:
  void Add(std::u16string_view s) {
    if (s.size() < 2) return;
    buckets_[Key(s[0], s[1])].push_back(s);
    first_.set(s[0]);
  }
  // Calls found(start, string) for every occurrence, overlapping ones included.
  template <typename Found>
  void FindAll(std::u16string_view text, Found found) const {
    if (buckets_.empty()) return;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
      if (!first_.test(text[i])) continue;
      auto it = buckets_.find(Key(text[i], text[i + 1]));
      if (it == buckets_.end()) continue;
      for (std::u16string_view s : it->second) {
        if (At(text, i, s)) found(i, s);
      }
    }
  }

 private:
  static uint32_t Key(char16_t a, char16_t b) { return (uint32_t{a} << 16) | b; }
  UnitBits first_;  // first code units of the strings added
  std::unordered_map<uint32_t, std::vector<std::u16string_view>> buckets_;
};

// Annotates as `kind` every occurrence in `text` of a string in `names` (normalized to that
// string) where accept(start, name) holds: the shared step of the zh and en name finders.
// `finder` holds the names (a fixed list builds its finder once).
template <typename Accept>
void AnnotateOccurrences(std::u16string_view text, const MultiFinder& finder, AnnotationKind kind,
                         Accept accept, std::vector<Annotation>* out) {
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
template <typename Names, typename Accept>
void AnnotateOccurrences(std::u16string_view text, const Names& names, AnnotationKind kind,
                         Accept accept, std::vector<Annotation>* out) {
  MultiFinder finder;
  for (const auto& name : names) finder.Add(name);
  AnnotateOccurrences(text, finder, kind, accept, out);
}

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_WORD_INDEX_H_
