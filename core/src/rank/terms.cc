// One pass over the tokens: keys through lexicon::TermKey, stop words and numbers dropped,
// term ids interned in a hash map, frequencies counted per sentence.
#include "rank/terms.h"

#include <algorithm>

#include <unicode/uchar.h>

#include "lexicon/stop_words.h"
#include "lexicon/term_key.h"
#include "lexicon/term_prior.h"
#include "rank/flat_ids.h"
#include "text/key_table.h"
#include "text/utf16.h"
#include "text/word_length.h"

namespace precis::rank {
namespace {

bool HasLetter(std::u16string_view key) {
  for (size_t i = 0; i < key.size(); ++i) {
    if (u_isalpha(static_cast<UChar32>(text::CodePointAt(key, i)))) return true;
  }
  return false;
}

// Decades and ordinals (1970s, 21st, 3rd) are numbers, however they end.
bool NumberWithSuffix(std::u16string_view key) {
  size_t digits = 0;
  while (digits < key.size() && key[digits] >= u'0' && key[digits] <= u'9') ++digits;
  if (digits == 0) return false;
  const std::u16string_view rest = key.substr(digits);
  return rest == u"s" || rest == u"'s" || rest == u"st" || rest == u"nd" || rest == u"rd" || rest == u"th";
}

// A CJK word made only of function characters (将在, 也是) is no more a term than they are.
bool AllStopCharacters(std::u16string_view key) {
  if (key.size() < 2) return false;
  for (size_t i = 0; i < key.size(); ++i) {
    if (!text::IsCjkChar(key[i]) || !lexicon::IsStopWord(key.substr(i, 1))) return false;
  }
  return true;
}

// Sentence starts are capitalized whatever the word, so they say nothing about names.
bool StartsSentence(const std::vector<Token>& tokens, uint32_t token, uint32_t sentence_begin) {
  for (uint32_t i = token; i > sentence_begin; --i) {
    const TokenKind kind = tokens[i - 1].kind;
    if (kind != TokenKind::kWhitespace && kind != TokenKind::kPunctuation) return false;
  }
  return true;
}

// Bigrams of adjacent CJK characters (a punctuation mark or a Latin word breaks the run).
void AddBigrams(std::u16string_view text, const Analysis& analysis, DocumentTerms* doc) {
  FlatIds ids(text.size() / 2);
  std::vector<uint32_t> last_sentence;
  doc->sentence_bigram_offsets.assign(1, 0);
  for (uint32_t s = 0; s < analysis.sentences.size(); ++s) {
    const Sentence& sentence = analysis.sentences[s];
    char32_t previous = 0;
    for (uint32_t i = sentence.start; i < sentence.end; ++i) {
      const char32_t c = text::CodePointAt(text, i);
      if (c > 0xFFFF) ++i;
      if (!text::IsCjkChar(c)) {
        previous = 0;
        continue;
      }
      if (previous != 0) {
        const uint64_t key = (uint64_t{previous} << 32) | c;
        const auto [id, inserted] = ids.Intern(key);
        if (inserted) {
          doc->bigram_sentences.push_back(0);
          last_sentence.push_back(0);
        }
        if (last_sentence[id] != s + 1) {
          last_sentence[id] = s + 1;
          ++doc->bigram_sentences[id];
        }
        doc->bigrams.push_back(id);
      }
      previous = c;
    }
    doc->sentence_bigram_offsets.push_back(static_cast<uint32_t>(doc->bigrams.size()));
  }
}

// Per sentence, its distinct term and bigram ids in ascending order with their counts: a
// dense count per unit and the list of units touched, sorted (each part is mostly in order
// already: ids are numbered as they first appear).
void CountSentenceUnits(DocumentTerms* doc) {
  const size_t n = doc->sentence_token_begin.size();
  const auto first_bigram = static_cast<uint32_t>(doc->terms.size());
  std::vector<uint32_t> counts(first_bigram + doc->bigram_sentences.size(), 0);
  std::vector<uint32_t> touched;
  doc->sentence_unit_offsets.assign(1, 0);
  doc->units.reserve(doc->token_term.size() + doc->bigrams.size());
  doc->unit_counts.reserve(doc->token_term.size() + doc->bigrams.size());
  const auto sort = [](std::vector<uint32_t>::iterator begin, std::vector<uint32_t>::iterator end) {
    if (!std::is_sorted(begin, end)) std::sort(begin, end);
  };
  for (size_t s = 0; s < n; ++s) {
    touched.clear();
    for (uint32_t k = doc->sentence_token_begin[s]; k < doc->sentence_token_end[s]; ++k) {
      if (doc->token_term[k] < 0) continue;
      const auto unit = static_cast<uint32_t>(doc->token_term[k]);
      if (counts[unit]++ == 0) touched.push_back(unit);
    }
    const auto terms_end = static_cast<std::ptrdiff_t>(touched.size());
    for (uint32_t k = doc->sentence_bigram_offsets[s]; k < doc->sentence_bigram_offsets[s + 1]; ++k) {
      const uint32_t unit = first_bigram + doc->bigrams[k];
      if (counts[unit]++ == 0) touched.push_back(unit);
    }
    sort(touched.begin(), touched.begin() + terms_end);
    sort(touched.begin() + terms_end, touched.end());
    for (uint32_t unit : touched) {
      doc->units.push_back(unit);
      doc->unit_counts.push_back(counts[unit]);
      counts[unit] = 0;
    }
    doc->sentence_unit_offsets.push_back(static_cast<uint32_t>(doc->units.size()));
  }
}

// A sentence in title case (most of its longer words capitalized) says nothing about names.
bool TitleCase(std::u16string_view text, const std::vector<Token>& tokens, uint32_t begin, uint32_t end) {
  uint32_t words = 0, capitalized = 0;
  for (uint32_t t = begin; t < end; ++t) {
    if (tokens[t].kind != TokenKind::kWord || tokens[t].end - tokens[t].start < 4) continue;
    ++words;
    if (u_isupper(static_cast<UChar32>(text::CodePointAt(text, tokens[t].start)))) ++capitalized;
  }
  return words >= 3 && capitalized * 3 >= words * 2;
}

constexpr int32_t kNoTerm = -1;
constexpr int32_t kUnseen = -2;

// The term of a token: its key made a term key (function forms, stems), dropped (kNoTerm)
// when it is a number, a stop word or no word, else interned in `ids`, adding the term.
int32_t InternTerm(std::u16string_view text, const Token& token, uint32_t t, bool latin,
                   text::KeyTable* ids, DocumentTerms* doc, std::vector<uint32_t>* last_sentence) {
  const std::u16string_view surface = text.substr(token.start, token.end - token.start);
  std::u16string key = token.key.empty() ? lexicon::TermKey(surface) : token.key;
  if (latin) key = LatinFunctionForm(std::move(key));
  if (latin && NumberWithSuffix(key)) return kNoTerm;
  if (key.empty() || !HasLetter(key) || lexicon::IsStopWord(key) || AllStopCharacters(key)) return kNoTerm;
  if (latin) {
    if (key.size() < 2) return kNoTerm;
    key = LatinStem(std::move(key));
  }
  const uint32_t hash = text::KeyTable::Hash(key);
  uint32_t id = ids->Find(key, hash, [doc](uint32_t i) -> std::u16string_view { return doc->terms[i].key; });
  if (id == text::KeyTable::kAbsent) {
    id = static_cast<uint32_t>(doc->terms.size());
    ids->Add(hash, id);
    TermInfo info;
    info.key = key;
    info.prior = lexicon::TermPrior(key);
    info.latin = latin;
    info.first_token = t;
    doc->terms.push_back(std::move(info));
    last_sentence->push_back(0);
  }
  return static_cast<int32_t>(id);
}

}  // namespace

std::u16string LatinFunctionForm(std::u16string key) {
  for (char16_t& c : key) {
    if (c == u'\u2019' || c == u'\u02BC') c = u'\'';
  }
  const size_t apostrophe = key.rfind(u'\'');
  if (apostrophe == std::u16string::npos) return key;
  const std::u16string_view tail = std::u16string_view(key).substr(apostrophe);
  // Contractions (don't, I've, they're, we'll, I'd, I'm) are function words.
  if (tail == u"'t" || tail == u"'ve" || tail == u"'re" || tail == u"'ll" || tail == u"'d" || tail == u"'m") {
    return std::u16string();
  }
  // The possessive is the word itself (Earth's, the players').
  if (tail == u"'s" || (tail == u"'" && apostrophe > 0 && key[apostrophe - 1] == u's')) {
    key.resize(apostrophe);
  }
  return key;
}

std::u16string LatinStem(std::u16string key) {
  const size_t n = key.size();
  if (n > 4 && key.compare(n - 3, 3, u"ies") == 0) return key.substr(0, n - 3) + u"y";
  if (n > 3 && key[n - 1] == u's' && key[n - 2] != u's' && key[n - 2] != u'u' &&
      key[n - 2] != u'i' && key[n - 2] != u'\'') {
    return key.substr(0, n - 1);
  }
  return key;
}

DocumentTerms ExtractTerms(std::u16string_view text, const Analysis& analysis) {
  DocumentTerms doc;
  const std::vector<Token>& tokens = analysis.tokens;
  doc.token_term.assign(tokens.size(), -1);
  const size_t n = analysis.sentences.size();
  doc.sentence_token_begin.resize(n);
  doc.sentence_token_end.resize(n);

  text::KeyTable ids(256);
  std::vector<uint32_t> last_sentence;  // per term, 1 + the last sentence counted
  // Token keys already resolved to a term id or kNoTerm, apart for Latin and other tokens
  // (the views point into the tokens' keys).
  struct Seen {
    text::KeyTable table;
    std::vector<std::u16string_view> keys;  // by seen id
    std::vector<int32_t> terms;             // by seen id: a term id or kNoTerm
  };
  Seen seen_latin{text::KeyTable(256), {}, {}}, seen_other{text::KeyTable(256), {}, {}};
  uint32_t t = 0;
  for (uint32_t s = 0; s < n; ++s) {
    const Sentence& sentence = analysis.sentences[s];
    while (t < tokens.size() && tokens[t].end <= sentence.start) ++t;
    const uint32_t begin = t;
    doc.sentence_token_begin[s] = begin;
    uint32_t end = t;
    while (end < tokens.size() && tokens[end].start < sentence.end) ++end;
    const bool title_case = TitleCase(text, tokens, begin, end);
    for (; t < tokens.size() && tokens[t].start < sentence.end; ++t) {
      const Token& token = tokens[t];
      const bool latin = token.kind == TokenKind::kWord;
      if (!latin && token.kind != TokenKind::kIdeographic && token.kind != TokenKind::kKana) continue;
      // A key seen before resolves as it did then: the steps below depend on it alone.
      Seen& seen = latin ? seen_latin : seen_other;
      int32_t known = kUnseen;
      uint32_t hash = 0;
      if (!token.key.empty()) {
        hash = text::KeyTable::Hash(token.key);
        const uint32_t found =
            seen.table.Find(token.key, hash, [&seen](uint32_t i) { return seen.keys[i]; });
        if (found != text::KeyTable::kAbsent) known = seen.terms[found];
      }
      if (known == kNoTerm) continue;
      if (known == kUnseen) {
        known = InternTerm(text, token, t, latin, &ids, &doc, &last_sentence);
        if (!token.key.empty()) {
          seen.table.Add(hash, static_cast<uint32_t>(seen.keys.size()));
          seen.keys.push_back(token.key);
          seen.terms.push_back(known);
        }
        if (known == kNoTerm) continue;
      }
      const auto id = static_cast<uint32_t>(known);
      TermInfo& info = doc.terms[id];
      doc.token_term[t] = static_cast<int32_t>(id);
      ++info.count;
      if (last_sentence[id] != s + 1) {
        last_sentence[id] = s + 1;
        ++info.sentences;
      }
      if (latin && !title_case) {
        const char32_t first = text::CodePointAt(text, token.start);
        if (u_isupper(static_cast<UChar32>(first))) {
          if (!StartsSentence(tokens, t, begin)) ++info.capitalized;
        } else {
          ++info.lowercase;
        }
      }
    }
    doc.sentence_token_end[s] = t;
  }
  AddBigrams(text, analysis, &doc);
  CountSentenceUnits(&doc);
  return doc;
}

}  // namespace precis::rank
