// Phrase lists of our own, matched on the normalized key of each sentence (case-folded,
// NFKC, Traditional folded to Simplified; some Traditional spellings remain for clarity).
#include "rank/boilerplate.h"

#include <bitset>
#include <string>
#include <unordered_map>
#include <vector>

#include "lexicon/term_key.h"
#include "text/word_length.h"

namespace precis::rank {
namespace {

// Phrases that only notices use: any sentence that holds one is boilerplate.
constexpr std::u16string_view kNoticePhrases[] = {
    u"特别声明", u"特別聲明", u"免责声明", u"免責聲明", u"版权所有", u"版權所有", u"版权归",
    u"版權歸", u"版权声明", u"版權聲明", u"未经授权", u"未經授權", u"未经许可", u"未經許可",
    u"禁止转载", u"禁止轉載", u"转载请注明", u"轉載請註明", u"轉載請注明", u"仅提供信息存储",
    u"僅提供信息存儲", u"僅提供資訊儲存", u"不代表本站", u"不代表本网", u"不代表本網",
    u"不代表本平台", u"不構成投資建議", u"不构成投资建议", u"责任编辑", u"責任編輯",
    u"all rights reserved", u"copyright ©", u"copyright (c)", u"copyright 19", u"copyright 20",
    u"© 19", u"© 20", u"(c) 20",
    u"disclaimer:", u"notice: the content above", u"the content above", u"the views expressed",
    u"do not necessarily reflect", u"does not necessarily reflect", u"not investment advice",
    u"contributed to this report", u"for confidential support", u"scroll down for video",
    u"this article was originally published", u"this story has been updated",
    u"for informational purposes only",
};

// Calls to action and ad markers: boilerplate when the sentence is short (a real news
// sentence may well mention subscribers or sharing).
constexpr std::u16string_view kCallPhrases[] = {
    u"欢迎加入", u"欢迎关注", u"欢迎订阅", u"欢迎大家", u"欢迎留言", u"欢迎转发", u"欢迎分享",
    u"欢迎投稿", u"欢迎下载", u"进群", u"進群", u"加群", u"入群", u"扫码", u"掃碼", u"扫描二维码",
    u"掃描二維碼", u"二维码", u"二維碼", u"关注我们", u"關注我們", u"点击关注", u"點擊關注",
    u"关注公众号", u"關注公眾號", u"公众号", u"公眾號", u"点赞", u"點贊", u"點讚",
    u"转发", u"轉發", u"分享到", u"分享给", u"分享給", u"订阅", u"訂閱", u"长按识别", u"長按識別",
    u"阅读原文", u"閱讀原文", u"下载app", u"下載app", u"广告", u"廣告", u"赞助", u"贊助",
    u"来源:", u"來源:", u"编辑:", u"編輯:", u"作者:", u"记者:", u"記者:",
    u"subscribe", u"sign up", u"newsletter", u"follow us", u"follow @", u"like us on",
    u"share this", u"share on", u"click here", u"join our", u"join the group",
    u"download the app", u"download our app", u"advertisement", u"sponsored", u"read more:",
    u"related:", u"email us", u"watch the video", u"click to", u"tap here",
};

// "Short": at most this many words (a CJK character counts half).
constexpr double kShortCall = 25;

// Phrases by their first unit, so that one pass over a sentence tries only the phrases that
// could start at each position.
// The first units are also kept as bits: most positions start no phrase, and a bit test
// says so before any lookup.
// In Latin text most letters start some phrase, so the first two units are kept as well, as
// bits of a hash (a filter: a collision only costs the comparisons below).
struct PhraseIndex {
  std::bitset<0x10000> starts;
  std::bitset<0x10000> singles;  // one-unit phrases, which the pair filter cannot see
  std::bitset<0x10000> pairs;
  std::unordered_map<char16_t, std::vector<std::u16string_view>> by_start;
  static size_t PairBit(char16_t a, char16_t b) { return (size_t{a} * 0x9E37u ^ b) & 0xFFFF; }
};

PhraseIndex* IndexPhrases(const std::u16string_view* begin, const std::u16string_view* end) {
  auto* index = new PhraseIndex();
  for (const std::u16string_view* p = begin; p != end; ++p) {
    index->by_start[p->front()].push_back(*p);
    index->starts.set(p->front());
    if (p->size() == 1) {
      index->singles.set(p->front());
    } else {
      index->pairs.set(PhraseIndex::PairBit((*p)[0], (*p)[1]));
    }
  }
  return index;
}

bool HoldsAny(std::u16string_view key, const PhraseIndex& index) {
  for (size_t i = 0; i < key.size(); ++i) {
    if (!index.starts.test(key[i])) continue;
    if (!index.singles.test(key[i]) &&
        (i + 1 >= key.size() || !index.pairs.test(PhraseIndex::PairBit(key[i], key[i + 1])))) {
      continue;
    }
    const auto it = index.by_start.find(key[i]);
    if (it == index.by_start.end()) continue;
    for (std::u16string_view phrase : it->second) {
      if (key.compare(i, phrase.size(), phrase) == 0) return true;
    }
  }
  return false;
}

// `key`: the normalized sentence; `sentence`: as written (for its length).
BoilerplateKind DetectInKey(std::u16string_view key, std::u16string_view sentence) {
  static const PhraseIndex* notices = IndexPhrases(std::begin(kNoticePhrases), std::end(kNoticePhrases));
  static const PhraseIndex* calls = IndexPhrases(std::begin(kCallPhrases), std::end(kCallPhrases));
  if (HoldsAny(key, *notices)) return BoilerplateKind::kNotice;
  if (HoldsAny(key, *calls) && text::LengthInWords(sentence) <= kShortCall) return BoilerplateKind::kCall;
  return BoilerplateKind::kNone;
}

}  // namespace

BoilerplateKind DetectBoilerplate(std::u16string_view sentence) {
  return DetectInKey(lexicon::TermKey(sentence), sentence);
}

std::vector<bool> MarkBoilerplate(std::u16string_view text, const Analysis& analysis) {
  const size_t n = analysis.sentences.size();
  std::vector<bool> marks(n, false);
  size_t footer_from = n;
  // Sentence keys from the tokens' keys (already normalized), a space for any blank.
  std::u16string key;
  std::unordered_map<std::u16string_view, std::u16string> surface_keys;
  size_t t = 0;
  const std::vector<Token>& tokens = analysis.tokens;
  for (size_t i = 0; i < n; ++i) {
    const Sentence& s = analysis.sentences[i];
    key.clear();
    while (t < tokens.size() && tokens[t].end <= s.start) ++t;
    for (size_t k = t; k < tokens.size() && tokens[k].start < s.end; ++k) {
      if (tokens[k].kind == TokenKind::kWhitespace) {
        key += u' ';
      } else if (!tokens[k].key.empty()) {
        key += tokens[k].key;
      } else {
        // Tokens without a key (punctuation) repeat: each distinct one is normalized once.
        const std::u16string_view surface = text.substr(tokens[k].start, tokens[k].end - tokens[k].start);
        auto found = surface_keys.find(surface);
        if (found == surface_keys.end()) found = surface_keys.emplace(surface, lexicon::TermKey(surface)).first;
        key += found->second;
      }
    }
    const BoilerplateKind kind = DetectInKey(key, text.substr(s.start, s.end - s.start));
    marks[i] = kind != BoilerplateKind::kNone;
    if (kind == BoilerplateKind::kNotice && footer_from == n && 3 * i >= 2 * n) footer_from = i;
  }
  for (size_t i = footer_from; i < n; ++i) marks[i] = true;
  return marks;
}

}  // namespace precis::rank
