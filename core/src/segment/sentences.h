// Sentence boundaries inside a paragraph for Chinese, Japanese, English and other scripts:
// terminators from ICU's Sentence_Terminal property, refined by quotation, bracket,
// abbreviation, ellipsis and list rules (segment/boundary_rules.h), trimmed of blank space.
#ifndef PRECIS_SEGMENT_SENTENCES_H_
#define PRECIS_SEGMENT_SENTENCES_H_

#include <memory>
#include <string_view>
#include <vector>

#include "precis/analysis.h"
#include "precis/status.h"

namespace precis::segment {

class SentenceSplitter {
 public:
  static Status Create(std::unique_ptr<SentenceSplitter>* splitter);

  // Appends the sentences of `paragraph` (a span of `text`) to `sentences`. A heading or an
  // image paragraph is one sentence.
  Status Split(std::u16string_view text, const Paragraph& paragraph, uint32_t paragraph_index,
               std::vector<Sentence>* sentences);

 private:
  SentenceSplitter() = default;
};

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_SENTENCES_H_
