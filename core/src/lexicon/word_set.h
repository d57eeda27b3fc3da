// A fixed set of words from space-separated UTF-8 lists, looked up by view in a
// text::KeyTable: a lookup builds no string and divides nothing (the per-token and per-term
// loops of the ranking stage ask thousands of times).
#ifndef PRECIS_LEXICON_WORD_SET_H_
#define PRECIS_LEXICON_WORD_SET_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "text/key_table.h"

namespace precis::lexicon {

class WordSet {
 public:
  // lists: UTF-8, words separated by single spaces.
  explicit WordSet(std::initializer_list<const char*> lists);
  WordSet(const WordSet&) = delete;
  WordSet& operator=(const WordSet&) = delete;

  bool Contains(std::u16string_view word) const {
    const auto key_of = [this](uint32_t id) { return words_[id]; };
    return table_.Find(word, text::KeyTable::Hash(word), key_of) != text::KeyTable::kAbsent;
  }

 private:
  std::u16string storage_;  // every word, one after another; the views point into it
  std::vector<std::u16string_view> words_;  // distinct
  text::KeyTable table_;  // each word's index in words_
};

}  // namespace precis::lexicon

#endif  // PRECIS_LEXICON_WORD_SET_H_
