// A fixed set of words from space-separated UTF-8 lists, looked up by view: a lookup builds
// no string (the per-token and per-term loops of the ranking stage ask thousands of times).
#ifndef PRECIS_LEXICON_WORD_SET_H_
#define PRECIS_LEXICON_WORD_SET_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>

namespace precis::lexicon {

class WordSet {
 public:
  // lists: UTF-8, words separated by single spaces.
  explicit WordSet(std::initializer_list<const char*> lists);
  WordSet(const WordSet&) = delete;
  WordSet& operator=(const WordSet&) = delete;

  bool Contains(std::u16string_view word) const { return words_.count(word) > 0; }

 private:
  std::u16string storage_;  // every word, one after another; the views point into it
  std::unordered_set<std::u16string_view> words_;
};

}  // namespace precis::lexicon

#endif  // PRECIS_LEXICON_WORD_SET_H_
