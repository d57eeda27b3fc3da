#include "segment/cjk_words.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "../test_text.h"
#include "segment/tokens.h"

namespace precis::segment {
namespace {

using precis::testing::U16;
using ::testing::ElementsAre;

// Pieces that meet at the edges of CJK runs in real and hostile text: every way a neighbour
// can join a run under ICU's rules, and the plain cases around them.
const char* const kPieces[] = {
    "我們今天在台北討論人工智慧", "英偉達的芯片", "黃仁勛說", "这个问题很重要", "經濟", "，", "。", "、",
    "「", "」", "《", "》", "（", "）", "：", "？", "！", "……", "——", " ", "  ", "\n", "\r\n", "\t",
    "2024", "年", "3.5%", "9000億元", "NVIDIA", "AI", "GPU", "e.g.", "U.S.", "https://example.com/a_b",
    "a_b", "_", "東京都でラーメンを食べました", "コンピューター", "プログラミング", "ひらがな", "カタカナ",
    "ｶﾀｶﾅ", "ﾗｰﾒﾝ", "ｰ", "ﾞ", "ー", "・", "〱", "゛", "゠", "々", "々々", "人々", "〆", "時々刻々", "〇", "\xE3\x82\x99" /* U+3099 */,
    "\xCC\x81" /* U+0301 */, "\xE2\x80\x8D" /* ZWJ */, "\xEF\xB8\x8F" /* VS16 */,
    "\xF3\xA0\x84\x80" /* U+E0100, an ideographic variation selector */, "\xE2\x80\x8B" /* ZWSP */,
    "\xC2\xAD" /* soft hyphen */, "\xEF\xA4\x80" /* U+F900, a compatibility ideograph */,
    "\xE2\xBC\x80" /* U+2F00, a Kangxi radical */, "\xE2\xBB\x98" /* U+2ED8, a radical */, "⺀⺁", "@", "@@", "a@b.c", "ㄅㄆ", "\xF0\xA0\xAE\xB7" /* U+20BB7 */, "𠮷野家",
    "ภาษาไทย", "한국어", "가", "😀", "👍🏽", "🇹🇼", "☺", "$", "€", "°C", "½", "②", "Ⓐ", "ｱ", "ＡＢＣ",
    "１２３", "＄", "ｈｔｔｐ", "'", "\"", ".", ",", ":", "-", "–", "…", "\xEF\xBC\x8E" /* fullwidth . */,
};

// A code unit string of `count` pieces from a fixed pseudo-random sequence (no seed to vary:
// the cases are the same on every run and every machine).
std::u16string RandomText(uint32_t* state, int count) {
  std::string utf8;
  for (int i = 0; i < count; ++i) {
    *state = *state * 1664525u + 1013904223u;
    utf8 += kPieces[(*state >> 8) % std::size(kPieces)];
  }
  return U16(utf8);
}

struct Span {
  uint32_t start, end;
  TokenKind kind;
  bool operator==(const Span& other) const {
    return start == other.start && end == other.end && kind == other.kind;
  }
};

std::vector<Span> Spans(const std::vector<Token>& tokens) {
  std::vector<Span> spans;
  for (const Token& t : tokens) spans.push_back({t.start, t.end, t.kind});
  return spans;
}

class CjkWordsAgainstIcu : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(Tokenizer::Create(&tokenizer_).ok()); }

  // Segment (own CJK runs) and ICU's iterator over the whole text give the same tokens.
  void ExpectSameAsIcu(const std::u16string& text) {
    std::vector<Token> own, icu;
    ASSERT_TRUE(tokenizer_->Segment(text, &own).ok());
    ASSERT_TRUE(tokenizer_->SegmentWithIcuOnly(text, &icu).ok());
    const std::vector<Span> a = Spans(own), b = Spans(icu);
    if (a == b) return;
    size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    ADD_FAILURE() << "first difference at token " << i << " of " << b.size() << " (own "
                  << (i < a.size() ? a[i].start : 0) << "-" << (i < a.size() ? a[i].end : 0) << " kind "
                  << (i < a.size() ? static_cast<int>(a[i].kind) : -1) << ", ICU "
                  << (i < b.size() ? b[i].start : 0) << "-" << (i < b.size() ? b[i].end : 0) << " kind "
                  << (i < b.size() ? static_cast<int>(b[i].kind) : -1) << ") in text of "
                  << text.size() << " units";
  }

  std::unique_ptr<Tokenizer> tokenizer_;
};

TEST_F(CjkWordsAgainstIcu, MatchesOnEachPieceBetweenRuns) {
  for (const char* piece : kPieces) {
    SCOPED_TRACE(piece);
    ExpectSameAsIcu(U16(std::string(piece)));
    ExpectSameAsIcu(U16(std::string("中文") + piece + "中文"));
    ExpectSameAsIcu(U16(std::string("カナ") + piece + "かな"));
  }
}

// Stretches between runs that Tokenizer::SegmentSimply cuts without ICU's iterator, and the
// near misses it must leave to the iterator (runs that chain through one unit, digits beside
// letters, a carriage return before a line feed).
TEST_F(CjkWordsAgainstIcu, MatchesOnStretchesOfDigitsLettersSpacesAndLineFeeds) {
  const char* const stretches[] = {
      "9", "2024", "a", "GPU", "9 9", "a b", "a  b", "9\n9", "a\nb", "9.9", "9,9", "9，9", "9．9", "a.b", "a:b",
      "a'b", "a’b", "9'9", "a·b", "a_b", "9_", "_9", "a9", "9a", "9%", "9.9%，", "，9", "9。\n", "\n", "\n\n",
      "\r\n", "\r", "\n\r", "。\n“", " ", "   ", " 9 ", "a. b", "9.,9", "9..9", "a%b", "U.S.", "e.g.", "9-9",
      "a-b", "a@b", "9@", "ｈ", "１", "9 ", " a", "a\t", "\t9", "A.I.", "a'", "'a", "9,", ",9",
  };
  for (const char* stretch : stretches) {
    SCOPED_TRACE(stretch);
    ExpectSameAsIcu(U16(std::string(stretch)));
    ExpectSameAsIcu(U16(std::string("中文") + stretch + "中文"));
    ExpectSameAsIcu(U16(std::string("カナ") + stretch + "かな。") + U16(stretch) + U16("漢字"));
  }
}

TEST_F(CjkWordsAgainstIcu, MatchesOnMixedArticleText) {
  ExpectSameAsIcu(U16(
      "輝達（NVIDIA）執行長黃仁勛昨（5）日表示，2024年AI伺服器需求「遠超預期」。他說：「我們的GPU"
      "供不應求。」市值一度突破3.5兆美元，約合新台幣113兆元。\n\n"
      "英伟达首席执行官黄仁勋周二表示，公司将在上海设立研发中心，预计投资9000亿元人民币。\r\n"
      "東京都内のコンビニエンスストアで、新しいスマートフォン決済サービスが始まりました。"
      "ｶﾀｶﾅの半角表記や、ﾗｰﾒﾝ、ｺｰﾋｰも混ざります。see https://example.com/path_to?q=1 or mail a.b@c.jp."));
}

TEST_F(CjkWordsAgainstIcu, MatchesOnThousandsOfPseudoRandomMixtures) {
  uint32_t state = 20261129;
  for (int i = 0; i < 3000; ++i) {
    const std::u16string text = RandomText(&state, 1 + i % 24);
    SCOPED_TRACE(i);
    ExpectSameAsIcu(text);
    if (HasFailure()) return;  // one clear report, not thousands
  }
}

TEST_F(CjkWordsAgainstIcu, MatchesForEveryBmpCharacterAloneDoubledAndBetweenRuns) {
  for (char32_t c = 1; c < 0x10000; ++c) {
    const char16_t unit = static_cast<char16_t>(c);
    for (const std::u16string& text : {std::u16string(1, unit), u"中" + std::u16string(2, unit) + u"文",
                                       u"カ" + std::u16string(1, unit) + u"か"}) {
      ExpectSameAsIcu(text);
      if (HasFailure()) {
        ADD_FAILURE() << "at U+" << std::hex << static_cast<uint32_t>(c);
        return;
      }
    }
  }
}

TEST_F(CjkWordsAgainstIcu, MatchesWithLoneSurrogatesAndControls) {
  std::u16string text = U16("中文");
  text += char16_t{0xD800};
  text += U16("測試");
  text += char16_t{0xDC00};
  text += u'\0';
  text += U16("カタカナ\x01漢字");
  ExpectSameAsIcu(text);
}

std::vector<std::u16string> Words(std::u16string_view run) {
  CjkWordLattice lattice;
  CjkUnitClassCache classes;
  std::vector<uint32_t> ends;
  EXPECT_TRUE(lattice.Divide(run, classes, &ends));
  std::vector<std::u16string> words;
  uint32_t start = 0;
  for (uint32_t end : ends) {
    words.emplace_back(run.substr(start, end - start));
    start = end;
  }
  return words;
}

TEST(CjkWordLattice, TakesTheCheapestPathThroughDictionaryWords) {
  EXPECT_THAT(Words(u"我們喜歡學習中文"), ElementsAre(u"我們", u"喜歡", u"學習", u"中文"));
}

TEST(CjkWordLattice, KeepsAnUnknownKatakanaRunWhole) {
  // A made-up katakana loanword the dictionary cannot hold: one word, not eight characters.
  EXPECT_THAT(Words(u"ポロフィナスタ"), ElementsAre(u"ポロフィナスタ"));
}

TEST(CjkWordLattice, EndsTileTheRunExactly) {
  CjkWordLattice lattice;
  CjkUnitClassCache classes;
  std::vector<uint32_t> ends = {7};  // appended to, never cleared
  ASSERT_TRUE(lattice.Divide(u"氫氦鋰鈹硼碳氮氧", classes, &ends));
  ASSERT_GE(ends.size(), 2u);
  EXPECT_EQ(ends.front(), 7u);
  EXPECT_EQ(ends.back(), 8u);
  for (size_t i = 2; i < ends.size(); ++i) EXPECT_LT(ends[i - 1], ends[i]);
}

TEST(CjkUnitClass, KanaWordBitAgreesWithClassifyTokenForEveryRunCharacter) {
  for (char32_t c = 0; c < 0x10000; ++c) {
    const uint8_t bits = CjkUnitClass(static_cast<char16_t>(c));
    if (!(bits & kCjkStableChar)) continue;
    const TokenKind expected = ClassifyToken(UBRK_WORD_IDEO, c);
    ASSERT_EQ(bits & kCjkKanaWord ? TokenKind::kKana : TokenKind::kIdeographic, expected) << std::hex << c;
  }
}

TEST(CjkUnitClassCache, GivesWhatCjkUnitClassGivesForEveryUnit) {
  CjkUnitClassCache cache;
  for (char32_t c = 0; c < 0x10000; ++c) {
    ASSERT_EQ(cache[static_cast<char16_t>(c)], CjkUnitClass(static_cast<char16_t>(c))) << std::hex << c;
    ASSERT_EQ(cache[static_cast<char16_t>(c)], CjkUnitClass(static_cast<char16_t>(c))) << std::hex << c;  // cached
  }
}

TEST(CjkUnitClass, SeparatesRunCharactersNeighboursAndLoneSymbols) {
  EXPECT_TRUE(CjkUnitClass(u'中') & kCjkStableChar);
  EXPECT_TRUE(CjkUnitClass(u'ア') & kCjkKatakana);
  EXPECT_TRUE(CjkUnitClass(0xFF71) & kCjkDictionaryChar);  // halfwidth ｱ: needs NFKC first
  EXPECT_FALSE(CjkUnitClass(0xFF71) & kCjkStableChar);
  EXPECT_TRUE(CjkUnitClass(0x3099) & kCjkJoiningNeighbour);  // combining voiced sound mark
  EXPECT_TRUE(CjkUnitClass(u'_') & kCjkJoiningNeighbour);
  EXPECT_TRUE(CjkUnitClass(u'，') & kStandsAlone);
  EXPECT_FALSE(CjkUnitClass(u' ') & kStandsAlone);  // spaces chain with spaces
  EXPECT_FALSE(CjkUnitClass(u'a') & (kStandsAlone | kCjkDictionaryChar | kCjkJoiningNeighbour));
}

}  // namespace
}  // namespace precis::segment
