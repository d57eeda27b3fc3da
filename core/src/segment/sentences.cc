// One pass over the paragraph: tracks open quotations and brackets, gathers each run of
// terminators with the closing marks after it, asks the boundary rules, and splits inline
// lists at their next enumerator.
#include "segment/sentences.h"

#include "segment/boundary_rules.h"
#include "segment/enumerators.h"
#include "segment/mark_pairs.h"
#include "segment/punctuation.h"
#include "segment/trim.h"
#include "text/utf16.h"

namespace precis::segment {
namespace {

class ParagraphScanner {
 public:
  ParagraphScanner(std::u16string_view text, const Paragraph& paragraph, uint32_t index,
                   std::vector<Sentence>* sentences)
      : text_(text),
        start_(paragraph.start),
        end_(paragraph.end),
        index_(index),
        sentences_(sentences),
        partner_(PairMarks(text, paragraph.start, paragraph.end)),
        is_open_(paragraph.end - paragraph.start, false) {}

  void Run() {
    size_t i = BeginSentence(start_);
    while (i < end_) {
      const char32_t c = text_[i];
      if (IsPlainCharacter(c) && (list_.length == 0 || i == sentence_start_ || !text::IsSpace(text_[i - 1]))) {
        ++i;  // the common case: a letter, digit or space that no rule looks at
        continue;
      }
      const int32_t partner = partner_[i - start_];
      if (partner >= 0 && static_cast<size_t>(partner) + start_ > i) {
        Open(i);
        ++i;
      } else if (partner >= 0) {
        if (IsOpen(static_cast<size_t>(partner) + start_)) Close(static_cast<size_t>(partner) + start_);
        ++i;
      } else if (IsTerminator(c)) {
        i = AtTerminators(i);
      } else if (list_.length > 0 && i > sentence_start_ && text::IsSpace(text_[i - 1]) &&
                 open_.empty() && IsSuccessor(list_, ReadEnumerator(Rest(i)))) {
        Emit(i);
        i = BeginSentence(i);
      } else {
        ++i;
      }
    }
    Emit(end_);
  }

 private:
  std::u16string_view Rest(size_t i) const { return text_.substr(i, end_ - i); }

  // Starts a sentence at the first non-blank character from `i`; skips an opening
  // enumerator so that its period ("1. ") is not taken for a full stop.
  size_t BeginSentence(size_t i) {
    while (i < end_ && text::IsSpace(text_[i])) ++i;
    sentence_start_ = i;
    list_ = ReadEnumerator(Rest(i));
    if (list_.length == 0) return i;
    // Walk the enumerator's marks through the pairing so that "(1)" stays balanced.
    size_t stop = i + list_.length;
    for (; i < stop; ++i) {
      int32_t partner = partner_[i - start_];
      if (partner >= 0 && static_cast<size_t>(partner) + start_ > i) Open(i);
      else if (partner >= 0 && IsOpen(static_cast<size_t>(partner) + start_)) Close(static_cast<size_t>(partner) + start_);
    }
    return stop;
  }

  void Open(size_t opener) {
    open_.push_back(opener);
    is_open_[opener - start_] = true;
    (IsOpeningQuote(text_[opener]) ? open_quotations_ : open_brackets_) += 1;
  }

  // Closes `opener` and whatever opened after it and is still open.
  void Close(size_t opener) {
    while (!open_.empty()) {
      size_t top = open_.back();
      open_.pop_back();
      is_open_[top - start_] = false;
      (IsOpeningQuote(text_[top]) ? open_quotations_ : open_brackets_) -= 1;
      if (top == opener) break;
    }
  }

  bool IsOpen(size_t opener) const { return is_open_[opener - start_]; }

  // Handles the run of terminators at `i`; returns where scanning resumes.
  size_t AtTerminators(size_t i) {
    Candidate c;
    c.paragraph_end = end_;
    c.sentence_start = sentence_start_;
    c.marks_start = i;
    size_t j = i;
    while (j < end_) {
      if (IsTerminator(text_[j])) {
        ++j;
      } else if (text_[j] == u' ' && j + 1 < end_ && IsFullStop(text_[j + 1]) && IsFullStop(text_[j - 1])) {
        ++j;  // the spaces of a spaced ellipsis ". . ."
      } else {
        break;
      }
    }
    c.marks_end = j;
    // Marks alone inside brackets are an editor's note, not an end: [...] (!) (?)
    if (i > start_ && IsOpeningBracket(text_[i - 1]) && j < end_ &&
        partner_[i - 1 - start_] == static_cast<int32_t>(j - start_)) {
      return j;
    }
    // Closing quotes and brackets after the marks stay with the sentence.
    bool closed_opening_quotation = false;
    while (j < end_) {
      int32_t partner = partner_[j - start_];
      char32_t m = text_[j];
      if (partner >= 0 && static_cast<size_t>(partner) + start_ < j &&
          IsOpen(static_cast<size_t>(partner) + start_)) {
        size_t opener = static_cast<size_t>(partner) + start_;
        if (IsOpeningQuote(text_[opener])) {
          c.closes_quotation = true;
          if (opener == sentence_start_) closed_opening_quotation = true;
        }
        Close(opener);
        ++j;
      } else if (partner < 0 && (IsClosingQuote(m) || IsClosingBracket(m)) && m != u'\'' && m != u'"') {
        ++j;  // a closer whose opener lies in an earlier paragraph
      } else {
        break;
      }
    }
    j = SkipCitations(j);
    c.boundary = j;
    c.inside_quotation = open_quotations_ > 0;
    c.inside_brackets = open_brackets_ > 0;
    c.closes_opening_quotation = closed_opening_quotation;
    if (!c.inside_brackets && !c.inside_quotation) {
      if (size_t cut = PeriodBeforeSpacedEllipsis(text_, c); cut > 0) {
        Emit(cut);
        return BeginSentence(cut);
      }
    }
    if (!EndsSentence(text_, c)) return j;
    Emit(j);
    return BeginSentence(j);
  }

  // Citation marks glued after a sentence's end belong to it: "martyr.[1][2] The",
  // "consultation.11 12 Take" (superscript numbers flattened into text).
  size_t SkipCitations(size_t j) const {
    size_t k = j;
    while (k + 2 < end_ && text_[k] == u'[' && partner_[k - start_] > 0) {
      size_t close = static_cast<size_t>(partner_[k - start_]) + start_;
      if (close - k > 4 || close < k + 2) break;
      bool digits = true;
      for (size_t d = k + 1; d < close; ++d) digits = digits && text_[d] >= u'0' && text_[d] <= u'9';
      if (!digits) break;
      k = close + 1;
    }
    if (k > j) return k;
    // Bare footnote numbers need a full stop right after a word of two or more letters or a
    // closing bracket, and a capitalized word after them.
    if (j == 0 || !IsFullStop(text_[j - 1]) || j - 1 <= sentence_start_) return j;
    char32_t before = text_[j - 2];
    bool after_word = (IsLower(before) && j - 2 > sentence_start_ && IsLetter(text_[j - 3])) ||
                      IsClosingBracket(before);
    if (!after_word) return j;
    k = j;
    for (int groups = 0; groups < 4; ++groups) {
      size_t d = k;
      while (d < end_ && d - k < 3 && text_[d] >= u'0' && text_[d] <= u'9') ++d;
      if (d == k || (d < end_ && text_[d] >= u'0' && text_[d] <= u'9')) break;
      k = d;
      if (k + 1 < end_ && text_[k] == u' ' && text_[k + 1] >= u'0' && text_[k + 1] <= u'9') ++k;
      else break;
    }
    if (k == j || k + 2 >= end_ || text_[k] != u' ' || !IsUpper(text_[k + 1]) || !IsLower(text_[k + 2])) {
      return j;
    }
    return k;
  }

  void Emit(size_t end) {
    Span span = TrimSpace(text_, static_cast<uint32_t>(sentence_start_), static_cast<uint32_t>(end));
    if (span.end > span.start) sentences_->push_back({span.start, span.end, index_});
    sentence_start_ = end;
  }

  std::u16string_view text_;
  const size_t start_;
  const size_t end_;
  const uint32_t index_;
  std::vector<Sentence>* sentences_;
  std::vector<int32_t> partner_;
  std::vector<size_t> open_;  // offsets of the paired openers not yet closed, innermost last
  std::vector<bool> is_open_;  // by offset from start_: whether that opener is in open_
  size_t open_quotations_ = 0;
  size_t open_brackets_ = 0;
  size_t sentence_start_ = 0;
  Enumerator list_;           // the enumerator that opened the current sentence, if any
};

}  // namespace

Status SentenceSplitter::Create(std::unique_ptr<SentenceSplitter>* splitter) {
  splitter->reset(new SentenceSplitter());
  return Status::Ok();
}

Status SentenceSplitter::Split(std::u16string_view text, const Paragraph& paragraph,
                               uint32_t paragraph_index, std::vector<Sentence>* sentences) {
  if (paragraph.end > text.size() || paragraph.start > paragraph.end) {
    return Status(StatusCode::kInvalidArgument, "the paragraph lies outside the text");
  }
  if (paragraph.kind == ParagraphKind::kHeading || paragraph.kind == ParagraphKind::kImage) {
    Span span = TrimSpace(text, paragraph.start, paragraph.end);
    if (span.end > span.start) sentences->push_back({span.start, span.end, paragraph_index});
    return Status::Ok();
  }
  ParagraphScanner(text, paragraph, paragraph_index, sentences).Run();
  return Status::Ok();
}

}  // namespace precis::segment
