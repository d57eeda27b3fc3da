// Speakers of quotations, through the whole analysis (they rest on the names found).
#include "annotate/speakers.h"

#include <gtest/gtest.h>

#include "annotation_test_util.h"

namespace precis {
namespace {

using testing::AnalyzeOrDie;
using testing::SpeakerOf;
using testing::U16;

std::vector<std::string> Speakers(const std::string& utf8) {
  const std::u16string text = U16(utf8);
  const Analysis analysis = AnalyzeOrDie(text);
  std::vector<std::string> out;
  for (const Annotation& a : analysis.annotations) {
    if (a.kind == AnnotationKind::kQuotation) out.push_back(SpeakerOf(text, a));
  }
  return out;
}

TEST(AttachSpeakers, FindsAChineseSpeakerBeforeTheQuotation) {
  EXPECT_EQ(Speakers("執行長陳志明表示：「明年會更好。」"), (std::vector<std::string>{"陳志明"}));
}

TEST(AttachSpeakers, FindsAChineseSpeakerAfterTheQuotation) {
  EXPECT_EQ(Speakers("董事長周文華昨天到場。「我們準備好了。」周文華說。"), (std::vector<std::string>{"周文華"}));
}

TEST(AttachSpeakers, ResolvesAPronounToTheLastPerson) {
  EXPECT_EQ(Speakers("分析師李美玲出席。她說：「需求很強。」"), (std::vector<std::string>{"李美玲"}));
}

TEST(AttachSpeakers, FindsEnglishSpeakersOnEitherSide) {
  EXPECT_EQ(Speakers("\"We will grow,\" said John Carter. Later Carter said: \"Not yet.\""),
            (std::vector<std::string>{"John Carter", "Carter"}));
}

TEST(AttachSpeakers, LeavesScareQuotesWithoutSpeaker) {
  EXPECT_EQ(Speakers("這種“包容審慎”的哲學很重要。"), (std::vector<std::string>{""}));
}

}  // namespace
}  // namespace precis
