// The sentence iterator runs on a read-only UText over the paragraph: no copy of the text.
#include "segment/sentences.h"

#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include "segment/trim.h"

namespace precis::segment {

Status SentenceSplitter::Create(std::unique_ptr<SentenceSplitter>* splitter) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale("en");
  std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status)) {
    return Status(StatusCode::kIcuError,
                  std::string("cannot create the sentence iterator: ") + u_errorName(status));
  }
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
  if (U_FAILURE(status)) {
    return Status(StatusCode::kIcuError,
                  std::string("cannot load the sentence suppressions: ") + u_errorName(status));
  }
  std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(base.release(), status));
  if (U_FAILURE(status)) {
    return Status(StatusCode::kIcuError,
                  std::string("cannot filter the sentence iterator: ") + u_errorName(status));
  }
  splitter->reset(new SentenceSplitter(std::move(filtered)));
  return Status::Ok();
}

Status SentenceSplitter::Split(std::u16string_view text, const Paragraph& paragraph,
                               uint32_t paragraph_index, std::vector<Sentence>* sentences) {
  UErrorCode status = U_ZERO_ERROR;
  const char16_t* begin = text.data() + paragraph.start;
  UText* utext = utext_openUChars(nullptr, begin, paragraph.end - paragraph.start, &status);
  if (U_FAILURE(status)) {
    return Status(StatusCode::kIcuError, std::string("cannot open the text: ") + u_errorName(status));
  }
  iterator_->setText(utext, status);
  if (U_SUCCESS(status)) {
    int32_t previous = iterator_->first();
    for (int32_t next = iterator_->next(); next != icu::BreakIterator::DONE;
         previous = next, next = iterator_->next()) {
      Span span = TrimSpace(text, paragraph.start + static_cast<uint32_t>(previous),
                            paragraph.start + static_cast<uint32_t>(next));
      if (span.end > span.start) sentences->push_back({span.start, span.end, paragraph_index});
    }
  }
  // The iterator keeps a shallow clone of the UText; detach it before the text goes away.
  UErrorCode reset_status = U_ZERO_ERROR;
  UText* empty = utext_openUChars(nullptr, u"", 0, &reset_status);
  iterator_->setText(empty, reset_status);
  utext_close(empty);
  utext_close(utext);
  if (U_FAILURE(status)) {
    return Status(StatusCode::kIcuError, std::string("sentence iteration failed: ") + u_errorName(status));
  }
  return Status::Ok();
}

}  // namespace precis::segment
