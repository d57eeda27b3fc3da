// Sentence rules, each on sentences written for this test (not taken from any evaluation set).
#include "segment/sentences.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::segment {
namespace {

using precis::testing::Slices;
using precis::testing::U16;
using ::testing::ElementsAre;

std::vector<std::string> SplitAs(const std::string& utf8, ParagraphKind kind) {
  std::u16string text = U16(utf8);
  std::unique_ptr<SentenceSplitter> splitter;
  EXPECT_TRUE(SentenceSplitter::Create(&splitter).ok());
  std::vector<Sentence> sentences;
  Paragraph whole{0, static_cast<uint32_t>(text.size()), kind};
  EXPECT_TRUE(splitter->Split(text, whole, 0, &sentences).ok());
  return Slices(text, sentences);
}

std::vector<std::string> SplitOne(const std::string& utf8) {
  return SplitAs(utf8, ParagraphKind::kBody);
}

TEST(SentenceSplitter, SplitsChineseAtFullStops) {
  EXPECT_THAT(SplitOne("今天天氣很好。我們去公園散步！你要來嗎？"),
              ElementsAre("今天天氣很好。", "我們去公園散步！", "你要來嗎？"));
}

TEST(SentenceSplitter, SplitsSimplifiedChineseBeforeAnOpeningQuote) {
  EXPECT_THAT(SplitOne("会议在上午结束。“新方案”下周公布。"),
              ElementsAre("会议在上午结束。", "“新方案”下周公布。"));
}

TEST(SentenceSplitter, KeepsClosingQuoteWithSentence) {
  EXPECT_THAT(SplitOne("她回答：「明天再說吧。」隨後離開了會場。"),
              ElementsAre("她回答：「明天再說吧。」", "隨後離開了會場。"));
  EXPECT_THAT(SplitOne("He wrote: \"We will be back.\" Nobody believed him."),
              ElementsAre("He wrote: \"We will be back.\"", "Nobody believed him."));
}

TEST(SentenceSplitter, KeepsClosingBracketWithSentence) {
  EXPECT_THAT(SplitOne("價格再度上漲（已是本月第三次。）市場反應冷淡。"),
              ElementsAre("價格再度上漲（已是本月第三次。）", "市場反應冷淡。"));
}

TEST(SentenceSplitter, EndsColonQuotationWithTheQuote) {
  EXPECT_THAT(SplitOne("部長表示：“我們已經準備好了。”股市隨即上揚。"),
              ElementsAre("部長表示：“我們已經準備好了。”", "股市隨即上揚。"));
}

TEST(SentenceSplitter, RunsOpeningQuotationOnThroughItsAttribution) {
  EXPECT_THAT(SplitOne("“這次一定會成功。”他說。大家都鼓掌了。"),
              ElementsAre("“這次一定會成功。”他說。", "大家都鼓掌了。"));
  EXPECT_THAT(SplitOne("「準備好了嗎？」老師問道。學生們點點頭。"),
              ElementsAre("「準備好了嗎？」老師問道。", "學生們點點頭。"));
  EXPECT_THAT(SplitOne("「もう帰ります。」と彼女は言った。外は雨だった。"),
              ElementsAre("「もう帰ります。」と彼女は言った。", "外は雨だった。"));
  EXPECT_THAT(SplitOne("\"The bridge is closed.\" she said. Traffic slowed."),
              ElementsAre("\"The bridge is closed.\" she said.", "Traffic slowed."));
}

TEST(SentenceSplitter, EndsEnglishQuotationBeforeACapitalizedWord) {
  EXPECT_THAT(SplitOne("\"What a mess!\" Tom said, laughing. We agreed."),
              ElementsAre("\"What a mess!\"", "Tom said, laughing.", "We agreed."));
}

TEST(SentenceSplitter, EndsOpeningQuotationWithoutAttribution) {
  EXPECT_THAT(SplitOne("“這是最後一次。”會議就此結束。"),
              ElementsAre("“這是最後一次。”", "會議就此結束。"));
  // A new quotation introduced by a colon is not an attribution of the last one.
  EXPECT_THAT(SplitOne("“好！”經理回答：“就這麼辦。”"),
              ElementsAre("“好！”", "經理回答：“就這麼辦。”"));
}

TEST(SentenceSplitter, SplitsChineseQuotationIntoItsSentences) {
  EXPECT_THAT(SplitOne("他說：“我們先做完。其他的以後再談。”"),
              ElementsAre("他說：“我們先做完。", "其他的以後再談。”"));
}

TEST(SentenceSplitter, KeepsEnglishQuotationWhole) {
  EXPECT_THAT(SplitOne("\"Stay here. Do not move.\" She walked away."),
              ElementsAre("\"Stay here. Do not move.\"", "She walked away."));
}

TEST(SentenceSplitter, NeverSplitsInsideTitleMarks) {
  EXPECT_THAT(SplitOne("他推薦了《別怕！向前走》這本書。我買了一本。"),
              ElementsAre("他推薦了《別怕！向前走》這本書。", "我買了一本。"));
}

TEST(SentenceSplitter, NeverSplitsInsideParentheses) {
  EXPECT_THAT(SplitOne("報告很長（共三章。附錄另計）。結論在最後。"),
              ElementsAre("報告很長（共三章。附錄另計）。", "結論在最後。"));
  EXPECT_THAT(SplitOne("She moved abroad (she was only 19.) in the spring. It rained."),
              ElementsAre("She moved abroad (she was only 19.) in the spring.", "It rained."));
}

TEST(SentenceSplitter, KeepsRunsOfExclamationAndQuestionMarks) {
  EXPECT_THAT(SplitOne("真的嗎？！太好了！！我們走吧。"),
              ElementsAre("真的嗎？！", "太好了！！", "我們走吧。"));
  EXPECT_THAT(SplitOne("Really?! I had no idea!! Tell me more."),
              ElementsAre("Really?!", "I had no idea!!", "Tell me more."));
}

TEST(SentenceSplitter, KeepsChineseEllipsisInsideTheSentence) {
  EXPECT_THAT(SplitOne("桌上有蘋果、香蕉、葡萄……應有盡有。我們開始吃吧。"),
              ElementsAre("桌上有蘋果、香蕉、葡萄……應有盡有。", "我們開始吃吧。"));
  EXPECT_THAT(SplitOne("他沉默了很久……。最後終於開口。"),
              ElementsAre("他沉默了很久……。", "最後終於開口。"));
}

TEST(SentenceSplitter, HandlesEnglishEllipses) {
  EXPECT_THAT(SplitOne("I waited... and waited. Then it came."),
              ElementsAre("I waited... and waited.", "Then it came."));
  EXPECT_THAT(SplitOne("We lost the map... Nobody spoke."),
              ElementsAre("We lost the map...", "Nobody spoke."));
  EXPECT_THAT(SplitOne("The road . . . It went on forever."),
              ElementsAre("The road . . . It went on forever."));
  EXPECT_THAT(SplitOne("It was over . . . . We went home."),
              ElementsAre("It was over . . . .", "We went home."));
}

TEST(SentenceSplitter, KeepsDecimalsVersionsAndAmountsWhole) {
  EXPECT_THAT(SplitOne("Growth was 3.5 percent. It slowed."),
              ElementsAre("Growth was 3.5 percent.", "It slowed."));
  EXPECT_THAT(SplitOne("Install version 2.14.1 first. Then restart."),
              ElementsAre("Install version 2.14.1 first.", "Then restart."));
  EXPECT_THAT(SplitOne("營收成長３．８％。利潤持平。"), ElementsAre("營收成長３．８％。", "利潤持平。"));
}

TEST(SentenceSplitter, KeepsUrlsAndEmailAddressesWhole) {
  EXPECT_THAT(SplitOne("Write to anna.berg@mail.example.org. She answers fast."),
              ElementsAre("Write to anna.berg@mail.example.org.", "She answers fast."));
  EXPECT_THAT(SplitOne("Docs live at https://docs.example.net/v2/Start.html. Read them."),
              ElementsAre("Docs live at https://docs.example.net/v2/Start.html.", "Read them."));
}

TEST(SentenceSplitter, KeepsAbbreviationsInsideTheSentence) {
  EXPECT_THAT(SplitOne("Mr. Smith arrived at 5 p.m. on Monday. He left early."),
              ElementsAre("Mr. Smith arrived at 5 p.m. on Monday.", "He left early."));
  EXPECT_THAT(SplitOne("Dr. Lee met Prof. Adams, e.g. at lunch. They talked."),
              ElementsAre("Dr. Lee met Prof. Adams, e.g. at lunch.", "They talked."));
  EXPECT_THAT(SplitOne("See No. 7 and Fig. 3 below. Both are new."),
              ElementsAre("See No. 7 and Fig. 3 below.", "Both are new."));
}

TEST(SentenceSplitter, KnowsAbbreviationsGluedToChinese) {
  EXPECT_THAT(SplitOne("美國總統Mr. Carter今天抵達。他說了很多。"),
              ElementsAre("美國總統Mr. Carter今天抵達。", "他說了很多。"));
  EXPECT_THAT(SplitOne("研究由（Prof. Wu）和Dr. Ono主持。會議持續2.5小時。"),
              ElementsAre("研究由（Prof. Wu）和Dr. Ono主持。", "會議持續2.5小時。"));
  EXPECT_THAT(SplitOne("Acme Inc.は新製品を発表した。価格は999ドル。"),
              ElementsAre("Acme Inc.は新製品を発表した。", "価格は999ドル。"));
  EXPECT_THAT(SplitOne("她在U.S.工作。他的英文名是Tom.他住在台北。"),
              ElementsAre("她在U.S.工作。", "他的英文名是Tom.", "他住在台北。"));
  // English that merely ends before Chinese still ends its sentence.
  EXPECT_THAT(SplitOne("He is from the U.S.他來自美國。"), ElementsAre("He is from the U.S.", "他來自美國。"));
  EXPECT_THAT(SplitOne("The answer is no.答案是否定的。"), ElementsAre("The answer is no.", "答案是否定的。"));
  EXPECT_THAT(SplitOne("答案選A. Next question is hard."), ElementsAre("答案選A.", "Next question is hard."));
  EXPECT_THAT(SplitOne("他在美國讀書。Later he moved."),
              ElementsAre("他在美國讀書。", "Later he moved."));
}

TEST(SentenceSplitter, EndsAtAmbiguousAbbreviationOnlyBeforeASentenceOpener) {
  EXPECT_THAT(SplitOne("She studied in the U.K. Later she moved."),
              ElementsAre("She studied in the U.K.", "Later she moved."));
  EXPECT_THAT(SplitOne("The U.K. Parliament voted."), ElementsAre("The U.K. Parliament voted."));
  EXPECT_THAT(SplitOne("He joined Acme Corp. It was 1999."),
              ElementsAre("He joined Acme Corp.", "It was 1999."));
  EXPECT_THAT(SplitOne("Acme Corp. Legal reviewed it."), ElementsAre("Acme Corp. Legal reviewed it."));
}

TEST(SentenceSplitter, EndsAfterAnEveningTimeButNotAnOpeningOne) {
  EXPECT_THAT(SplitOne("By 9 p.m. Anna had left. We closed at 11 P.M. Anna was gone."),
              ElementsAre("By 9 p.m. Anna had left.", "We closed at 11 P.M.", "Anna was gone."));
}

TEST(SentenceSplitter, KeepsATimeWithItsZoneOrDay) {
  EXPECT_THAT(SplitOne("The vote closes at 8 p.m. EST on Tuesday. Results follow."),
              ElementsAre("The vote closes at 8 p.m. EST on Tuesday.", "Results follow."));
  EXPECT_THAT(SplitOne("The shop opens at 9 a.m. Saturday and Sunday. Come early."),
              ElementsAre("The shop opens at 9 a.m. Saturday and Sunday.", "Come early."));
}

TEST(SentenceSplitter, KeepsJapaneseQuotationWithItsParticle) {
  EXPECT_THAT(SplitOne("彼は「もう帰ります。」と言った。駅は遠い。"),
              ElementsAre("彼は「もう帰ります。」と言った。", "駅は遠い。"));
}

TEST(SentenceSplitter, KeepsInitialsInsideNames) {
  EXPECT_THAT(SplitOne("I met Maria T. Lopez there. It was you and I. Then Paul K. Berg came."),
              ElementsAre("I met Maria T. Lopez there.", "It was you and I.",
                          "Then Paul K. Berg came."));
}

TEST(SentenceSplitter, KeepsExclamationInsideANameBeforeLowerCase) {
  EXPECT_THAT(SplitOne("They sang at Wow! studios last year."),
              ElementsAre("They sang at Wow! studios last year."));
}

TEST(SentenceSplitter, SplitsSentencesWithoutSpaceBetweenThem) {
  EXPECT_THAT(SplitOne("It rained.Everyone stayed in.We played cards."),
              ElementsAre("It rained.", "Everyone stayed in.", "We played cards."));
}

TEST(SentenceSplitter, SplitsInlineListsAtTheNextEnumerator) {
  EXPECT_THAT(SplitOne("1) Buy milk 2) Call Sam 3) Pay rent"),
              ElementsAre("1) Buy milk", "2) Call Sam", "3) Pay rent"));
  EXPECT_THAT(SplitOne("a. red b. green"), ElementsAre("a. red", "b. green"));
  EXPECT_THAT(SplitOne("1. Wash it. 2. Dry it."), ElementsAre("1. Wash it.", "2. Dry it."));
}

TEST(SentenceSplitter, StartsAListItemAfterASentenceEvenInLowerCase) {
  EXPECT_THAT(SplitOne("Pick one. a) tea b) coffee"), ElementsAre("Pick one.", "a) tea", "b) coffee"));
}

TEST(SentenceSplitter, KeepsCitationMarksWithTheirSentence) {
  EXPECT_THAT(SplitOne("The bridge opened in 1932.[4][5] It is still used."),
              ElementsAre("The bridge opened in 1932.[4][5]", "It is still used."));
  EXPECT_THAT(SplitOne("Sleep matters for memory.3 4 Naps help too."),
              ElementsAre("Sleep matters for memory.3 4", "Naps help too."));
}

TEST(SentenceSplitter, KeepsMarksThatOpenAWord) {
  EXPECT_THAT(SplitOne("The word !Xoo names a language. It has clicks."),
              ElementsAre("The word !Xoo names a language.", "It has clicks."));
}

TEST(SentenceSplitter, KeepsAChineseEnumeratorWithItsItem) {
  EXPECT_THAT(SplitOne("１.申請人須年滿十八歲。２.須附身分證明。"),
              ElementsAre("１.申請人須年滿十八歲。", "２.須附身分證明。"));
}

TEST(SentenceSplitter, KeepsAnEnumeratorAfterAColonWithItsItem) {
  EXPECT_THAT(SplitOne("新措施如下：1.增加夜班。2.延長開放時間。"),
              ElementsAre("新措施如下：1.增加夜班。", "2.延長開放時間。"));
}

TEST(SentenceSplitter, KeepsTheDotInATransliteratedName) {
  EXPECT_THAT(SplitOne("馬克．吐溫寫過很多小說。他很幽默。"),
              ElementsAre("馬克．吐溫寫過很多小說。", "他很幽默。"));
}

TEST(SentenceSplitter, SplitsJapanese) {
  EXPECT_THAT(SplitOne("雨が降っています。傘を持っていきますか？はい！"),
              ElementsAre("雨が降っています。", "傘を持っていきますか？", "はい！"));
}

TEST(SentenceSplitter, HeadingIsOneSentence) {
  EXPECT_THAT(SplitAs("# Why? A short answer", ParagraphKind::kHeading),
              ElementsAre("# Why? A short answer"));
}

TEST(SentenceSplitter, TrimsTrailingSpaceOffSentences) {
  EXPECT_THAT(SplitOne("One.   Two.  "), ElementsAre("One.", "Two."));
}

TEST(SentenceSplitter, RecordsItsParagraph) {
  std::unique_ptr<SentenceSplitter> splitter;
  ASSERT_TRUE(SentenceSplitter::Create(&splitter).ok());
  std::u16string text = U16("xx One. Two.");
  std::vector<Sentence> sentences;
  ASSERT_TRUE(splitter->Split(text, Paragraph{3, 12}, 7, &sentences).ok());
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].start, 3u);
  EXPECT_EQ(sentences[1].start, 8u);
  EXPECT_EQ(sentences[1].paragraph, 7u);
}

TEST(SentenceSplitter, RefusesAParagraphOutsideTheText) {
  std::unique_ptr<SentenceSplitter> splitter;
  ASSERT_TRUE(SentenceSplitter::Create(&splitter).ok());
  std::vector<Sentence> sentences;
  EXPECT_FALSE(splitter->Split(u"abc", Paragraph{1, 9}, 0, &sentences).ok());
}

TEST(SentenceSplitter, SurvivesUnbalancedMarksAndSurrogates) {
  std::vector<std::string> out = SplitOne("」」《《“Oh.)) 😀! ]] 好。「");
  EXPECT_FALSE(out.empty());
}

}  // namespace
}  // namespace precis::segment
