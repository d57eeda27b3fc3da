// Word iteration over a read-only UText of the whole input.
#include "segment/tokens.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include "segment/cjk_words.h"
#include "segment/token_key_ids.h"
#include "segment/words/refine.h"
#include "segment/words/token_edit.h"
#include "text/normalize.h"
#include "text/utf16.h"

namespace precis::segment {

TokenKind ClassifyToken(int32_t rule_status, char32_t first) {
  if (rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_NUMBER_LIMIT) return TokenKind::kNumber;
  if (rule_status >= UBRK_WORD_LETTER && rule_status < UBRK_WORD_LETTER_LIMIT) return TokenKind::kWord;
  const UChar32 c = static_cast<UChar32>(first);
  if (rule_status >= UBRK_WORD_KANA && rule_status < UBRK_WORD_IDEO_LIMIT) {
    // The CJK dictionary reports every word it finds as ideographic; kana words start with kana.
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    const bool kana = script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
                      (c >= 0x30FC && c <= 0x30FE);  // prolonged sound and iteration marks
    return kana ? TokenKind::kKana : TokenKind::kIdeographic;
  }
  if (text::IsSpace(first) && !(u_charType(c) == U_CONTROL_CHAR && !u_isUWhiteSpace(c))) {
    return TokenKind::kWhitespace;
  }
  if (u_ispunct(c)) return TokenKind::kPunctuation;
  switch (u_charType(c)) {
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return TokenKind::kSymbol;
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return TokenKind::kWord;
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return TokenKind::kNumber;
    default:
      break;
  }
  // Regional indicators, emoji modifiers and ZWJ sequences start with symbols above;
  // a sequence starting with a format character (ZWJ) is still a symbol run.
  if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || u_hasBinaryProperty(c, UCHAR_EMOJI)) {
    return TokenKind::kSymbol;
  }
  return TokenKind::kOther;
}

TokenKind StatuslessKindCache::operator[](char16_t unit) {
  uint8_t& known = kinds_[unit];
  if (known == 0) known = static_cast<uint8_t>(ClassifyToken(0, unit)) + 1;
  return static_cast<TokenKind>(known - 1);
}

Status Tokenizer::Create(std::unique_ptr<Tokenizer>* tokenizer) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
  if (U_FAILURE(status)) {
    return Status(StatusCode::kIcuError,
                  std::string("cannot create the word iterator: ") + u_errorName(status));
  }
  tokenizer->reset(new Tokenizer(std::move(iterator)));
  return Status::Ok();
}

Status Tokenizer::Tokenize(std::u16string_view text, WordStyle style, std::vector<Token>* tokens,
                           TokenKeys keys) {
  tokens->clear();
  if (text.empty()) return Status::Ok();
  // Segmentation and refinement work on keyless pieces; tokens are made once, at the end.
  std::vector<words::Piece> pieces;
  Status status = TokenizePieces(text, style, &pieces);
  if (!status.ok()) return status;
  words::FromPieces(pieces, tokens);
  if (keys == TokenKeys::kAssign) AssignKeys(text, tokens);
  return Status::Ok();
}

Status Tokenizer::TokenizeSpans(std::u16string_view text, WordStyle style, std::vector<uint32_t>* bounds,
                                std::vector<uint8_t>* kinds) {
  bounds->clear();
  kinds->clear();
  if (text.empty()) return Status::Ok();
  std::vector<words::Piece> pieces;
  Status status = TokenizePieces(text, style, &pieces);
  if (!status.ok()) return status;
  const size_t count = pieces.size();
  bounds->resize(2 * count);
  kinds->resize(count);
  uint32_t* starts = bounds->data();
  uint32_t* ends = starts + count;
  uint8_t* kind = kinds->data();
  for (size_t i = 0; i < count; ++i) {
    starts[i] = pieces[i].start;
    ends[i] = pieces[i].end;
    kind[i] = static_cast<uint8_t>(pieces[i].kind);
  }
  return Status::Ok();
}

Status Tokenizer::TokenizeKeyed(std::u16string_view text, WordStyle style, KeyedTokens* tokens) {
  *tokens = KeyedTokens();
  if (text.empty()) return Status::Ok();
  std::vector<words::Piece> pieces;
  Status status = TokenizePieces(text, style, &pieces);
  if (!status.ok()) return status;
  const size_t count = pieces.size();
  tokens->bounds.resize(2 * count);
  tokens->kinds.resize(count);
  tokens->key_ids.resize(count);
  TokenKeyIds ids(text, count, &tokens->keys, &tokens->key_ends);
  for (size_t i = 0; i < count; ++i) {
    const words::Piece& piece = pieces[i];
    tokens->bounds[2 * i] = piece.start;
    tokens->bounds[2 * i + 1] = piece.end;
    tokens->kinds[i] = static_cast<uint8_t>(piece.kind);
    tokens->key_ids[i] = piece.kind == TokenKind::kWhitespace ? KeyedTokens::kNoKey : ids.IdOf(piece.start, piece.end);
  }
  return Status::Ok();
}

Status Tokenizer::TokenizePieces(std::u16string_view text, WordStyle style, std::vector<words::Piece>* pieces) {
  // Segmenting the Simplified fold of the text instead was measured worse on Traditional
  // text (AS F1 0.771 against 0.794): ICU's dictionary holds Traditional spellings itself.
  Status status = SegmentPieces(text, pieces);
  if (!status.ok()) return status;
  if (style != WordStyle::kIcu) words::RefinePieces(text, style == WordStyle::kStandard, pieces);
  return Status::Ok();
}

Status Tokenizer::Segment(std::u16string_view text, std::vector<Token>* tokens) {
  std::vector<words::Piece> pieces;
  Status status = SegmentPieces(text, &pieces);
  words::FromPieces(pieces, tokens);
  return status;
}

Status Tokenizer::SegmentPieces(std::u16string_view text, std::vector<words::Piece>* tokens) {
  tokens->clear();
  // Runs of CJK dictionary characters go through CjkWordLattice (ICU's own method without the
  // iterator's overhead); whatever lies between them, and any run that ICU would treat
  // differently (it needs NFKC, or a neighbour joins it), goes through ICU's iterator.
  CjkUnitClassCache& classes = unit_classes_;
  size_t stretch_start = 0;  // the first unit not yet tokenized
  size_t i = 0;
  while (i < text.size()) {
    if (!(classes[text[i]] & kCjkDictionaryChar)) {
      ++i;
      continue;
    }
    const uint8_t first_bits = classes[text[i]];
    uint8_t all_bits = first_bits;  // the bits every unit of the run has
    size_t end = i + 1;
    for (; end < text.size(); ++end) {
      const uint8_t bits = classes[text[end]];
      if (!(bits & kCjkDictionaryChar)) break;
      all_bits &= bits;
    }
    const bool own = (i == 0 || !(classes[text[i - 1]] & kCjkJoiningNeighbour)) && (all_bits & kCjkStableChar) &&
                     (end - i > 1 || (first_bits & kCjkWordWhenAlone)) &&
                     (end == text.size() || !(classes[text[end]] & kCjkJoiningNeighbour));
    if (own && lattice_.Divide(text.substr(i, end - i), classes, &word_ends_)) {
      Status status = SegmentWithIcu(text, stretch_start, i, tokens);
      if (!status.ok()) {
        ForgetText();
        return status;
      }
      uint32_t word_start = static_cast<uint32_t>(i);
      for (uint32_t word_end : word_ends_) {
        const uint32_t start = word_start;
        word_start = static_cast<uint32_t>(i) + word_end;
        tokens->push_back({start, word_start, classes[text[start]] & kCjkKanaWord ? TokenKind::kKana : TokenKind::kIdeographic});
      }
      word_ends_.clear();
      stretch_start = end;
    }
    i = end;
  }
  Status status = SegmentWithIcu(text, stretch_start, text.size(), tokens);
  ForgetText();
  return status;
}

void Tokenizer::ForgetText() {
  // The iterator must not keep a pointer into the caller's text.
  UErrorCode status = U_ZERO_ERROR;
  UText* empty = utext_openUChars(&stretch_text_, u"", 0, &status);
  iterator_->setText(empty, status);
}

Tokenizer::~Tokenizer() { utext_close(&stretch_text_); }

Status Tokenizer::SegmentWithIcu(std::u16string_view text, size_t from, size_t to,
                                 std::vector<words::Piece>* tokens) {
  if (from == to || SegmentSimply(text, from, to, tokens)) return Status::Ok();
  return Iterate(text.substr(from, to - from), static_cast<uint32_t>(from), tokens);
}

namespace {

bool IsAsciiDigit(char16_t unit) { return unit >= u'0' && unit <= u'9'; }
bool IsAsciiLetter(char16_t unit) { return (unit | 0x20) >= u'a' && (unit | 0x20) <= u'z'; }

}  // namespace

bool Tokenizer::SegmentSimply(std::u16string_view text, size_t from, size_t to, std::vector<words::Piece>* tokens) {
  CjkUnitClassCache& classes = unit_classes_;
  const size_t mark = tokens->size();
  size_t run_end = 0;  // where the last run of digits or letters ended (0: none yet)
  for (size_t i = from; i < to;) {
    const char16_t unit = text[i];
    const bool digit = IsAsciiDigit(unit);
    if (digit || IsAsciiLetter(unit)) {
      size_t end = i + 1;
      while (end < to && (digit ? IsAsciiDigit(text[end]) : IsAsciiLetter(text[end]))) ++end;
      // Digits beside letters chain (WB9, WB10); two runs one unit apart may chain through it
      // (a decimal point, an apostrophe: WB6, WB7, WB11, WB12) unless it is a space or a line feed.
      const bool chains = (end < to && (IsAsciiDigit(text[end]) || IsAsciiLetter(text[end]))) ||
                          (run_end != 0 && i - run_end == 1 && text[i - 1] != u' ' && text[i - 1] != u'\n');
      if (chains) {
        tokens->resize(mark);
        return false;
      }
      tokens->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end), digit ? TokenKind::kNumber : TokenKind::kWord});
      run_end = end;
      i = end;
    } else if (unit == u' ') {  // spaces chain (WB3d)
      size_t end = i + 1;
      while (end < to && text[end] == u' ') ++end;
      tokens->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end), statusless_kinds_[unit]});
      i = end;
    } else if ((classes[unit] & kStandsAlone) || (unit == u'\n' && !(i > from && text[i - 1] == u'\r'))) {
      // (A line feed is a token of its own, after a carriage return excepted: WB3, WB3a, WB3b.)
      tokens->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), statusless_kinds_[unit]});
      ++i;
    } else {
      tokens->resize(mark);
      return false;
    }
  }
  return true;
}

Status Tokenizer::SegmentWithIcuOnly(std::u16string_view text, std::vector<Token>* tokens) {
  std::vector<words::Piece> pieces;
  Status status = Iterate(text, 0, &pieces);
  ForgetText();
  words::FromPieces(pieces, tokens);
  return status;
}

Status Tokenizer::Iterate(std::u16string_view text, uint32_t offset, std::vector<words::Piece>* tokens) {
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUChars(&stretch_text_, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) {
    return Status(StatusCode::kIcuError, std::string("cannot open the text: ") + u_errorName(status));
  }
  iterator_->setText(utext, status);
  if (U_SUCCESS(status)) {
    int32_t previous = iterator_->first();
    for (int32_t next = iterator_->next(); next != icu::BreakIterator::DONE;
         previous = next, next = iterator_->next()) {
      const auto start = static_cast<uint32_t>(previous);
      const TokenKind kind = ClassifyToken(iterator_->getRuleStatus(), text::CodePointAt(text, start));
      tokens->push_back({offset + start, offset + static_cast<uint32_t>(next), kind});
    }
  }
  if (U_FAILURE(status)) {
    return Status(StatusCode::kIcuError, std::string("word iteration failed: ") + u_errorName(status));
  }
  return Status::Ok();
}

void AssignKeys(std::u16string_view text, std::vector<Token>* tokens) {
  for (Token& token : *tokens) {
    token.key.clear();
    if (token.kind == TokenKind::kWhitespace) continue;
    text::AppendNormalizedKey(text.substr(token.start, token.end - token.start), &token.key);
  }
}

}  // namespace precis::segment
