// The words are decoded into one string first and viewed only once it is complete, so that
// no view points into a buffer that a later append moves.
#include "lexicon/word_set.h"

#include <utility>
#include <vector>

#include <unicode/unistr.h>

namespace precis::lexicon {

WordSet::WordSet(std::initializer_list<const char*> lists) {
  std::vector<std::pair<size_t, size_t>> spans;  // start, length in storage_
  for (const char* list : lists) {
    std::string_view rest(list);
    while (!rest.empty()) {
      const size_t space = rest.find(' ');
      const std::string_view word = rest.substr(0, space);
      if (!word.empty()) {
        const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), word.size()));
        spans.emplace_back(storage_.size(), static_cast<size_t>(u.length()));
        storage_.append(u.getBuffer(), u.getBuffer() + u.length());
      }
      if (space == std::string_view::npos) break;
      rest.remove_prefix(space + 1);
    }
  }
  table_ = text::KeyTable(spans.size());
  const std::u16string_view all(storage_);
  for (const auto& [start, length] : spans) {
    const std::u16string_view word = all.substr(start, length);
    if (Contains(word)) continue;  // listed twice
    table_.Add(text::KeyTable::Hash(word), static_cast<uint32_t>(words_.size()));
    words_.push_back(word);
  }
}

}  // namespace precis::lexicon
