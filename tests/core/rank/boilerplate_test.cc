// Boilerplate sentences in Chinese and English, and ordinary sentences that only look alike.
#include "rank/boilerplate.h"

#include <gtest/gtest.h>

#include "../test_text.h"

namespace precis::rank {
namespace {

using testing::U16;

BoilerplateKind Kind(const char* sentence) { return DetectBoilerplate(U16(sentence)); }

TEST(Boilerplate, FindsNoticesInChineseAndEnglish) {
  EXPECT_EQ(Kind("免責聲明:本文僅供參考,不代表本站立場。"), BoilerplateKind::kNotice);
  EXPECT_EQ(Kind("版权所有 © 2024 城市晚报,未经许可不得转载。"), BoilerplateKind::kNotice);
  EXPECT_EQ(Kind("Copyright © 2024 Millbrook Gazette. All rights reserved."), BoilerplateKind::kNotice);
  EXPECT_EQ(Kind("Copyright 2025 Lakeside Courier."), BoilerplateKind::kNotice);
  EXPECT_EQ(Kind("The views expressed here do not necessarily reflect those of the paper."),
            BoilerplateKind::kNotice);
}

TEST(Boilerplate, FindsCallsToSubscribeFollowShareOrJoin) {
  EXPECT_EQ(Kind("歡迎加入我們的讀者群,一起討論城市交通!"), BoilerplateKind::kCall);
  EXPECT_EQ(Kind("扫码关注我们的公众号,获取更多城市新闻!"), BoilerplateKind::kCall);
  EXPECT_EQ(Kind("Subscribe to our newsletter for more local news!"), BoilerplateKind::kCall);
  EXPECT_EQ(Kind("Follow us on Facebook and share this story with your friends."), BoilerplateKind::kCall);
  EXPECT_EQ(Kind("本文广告合作请联系编辑部。"), BoilerplateKind::kCall);
}

TEST(Boilerplate, LeavesNewsAboutTheSameWordsAlone) {
  EXPECT_EQ(Kind("不少乘客歡迎這項計畫。"), BoilerplateKind::kNone);
  EXPECT_EQ(Kind("The company said its number of paying subscribers rose by a third last year, "
                 "driven by new readers in Asia, who now subscribe to the service in greater numbers "
                 "than readers in Europe."),
            BoilerplateKind::kNone);
}

TEST(Boilerplate, MarksTheFooterAfterANoticeNearTheEnd) {
  const std::u16string text = U16(
      "第一句新闻。第二句新闻。第三句新闻。第四句新闻。第五句新闻。第六句新闻。\n"
      "特别声明:以上内容为用户上传。\nNotice: uploaded by a user.\n");
  const Analysis analysis = testing::AnalyzeOrDie(text);
  const std::vector<bool> marks = MarkBoilerplate(text, analysis);
  ASSERT_EQ(marks.size(), analysis.sentences.size());
  EXPECT_FALSE(marks[0]);
  EXPECT_TRUE(marks[marks.size() - 2]);
  EXPECT_TRUE(marks.back());  // no notice phrase of its own: a footer by position
}

}  // namespace
}  // namespace precis::rank
