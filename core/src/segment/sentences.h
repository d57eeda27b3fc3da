// Sentence boundaries inside a paragraph: ICU's sentence BreakIterator with the
// standard abbreviation suppressions (Mr., U.S., e.g., ...), trimmed of blank space.
#ifndef PRECIS_SEGMENT_SENTENCES_H_
#define PRECIS_SEGMENT_SENTENCES_H_

#include <memory>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

#include "precis/analysis.h"
#include "precis/status.h"

namespace precis::segment {

class SentenceSplitter {
 public:
  static Status Create(std::unique_ptr<SentenceSplitter>* splitter);

  // Appends the sentences of `paragraph` (a span of `text`) to `sentences`.
  Status Split(std::u16string_view text, const Paragraph& paragraph, uint32_t paragraph_index,
               std::vector<Sentence>* sentences);

 private:
  explicit SentenceSplitter(std::unique_ptr<icu::BreakIterator> iterator)
      : iterator_(std::move(iterator)) {}
  std::unique_ptr<icu::BreakIterator> iterator_;
};

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_SENTENCES_H_
