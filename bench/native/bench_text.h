// Inputs for the native benchmarks: news-like Chinese and English paragraphs written for
// them, repeated to a requested size in UTF-16 code units.
#ifndef PRECIS_BENCH_NATIVE_BENCH_TEXT_H_
#define PRECIS_BENCH_NATIVE_BENCH_TEXT_H_

#include <cstddef>
#include <string>

namespace precis::bench {

enum class Language { kChinese, kEnglish, kMixed };

inline std::u16string MakeText(Language language, size_t units) {
  const std::u16string chinese =
      u"本市昨天召开交通规划座谈会，来自高校、企业和居民代表的三十多位嘉宾围绕地铁新线的走向展开讨论。"
      u"规划部门表示，新线将连接城东的科技园区和城西的老城区，全长约二十四公里，预计设站十八座。\n"
      u"經濟研究院週二發布的報告指出，今年第三季出口金額較去年同期成長百分之七點二，主要來自半導體與伺服器零組件的需求。"
      u"一位分析師說：「只要匯率穩定，我們對明年仍然樂觀。」\n";
  const std::u16string english =
      u"The city council voted on Tuesday to extend the riverside bike path by another four miles. "
      u"Supporters said the route would take cars off the bridge during rush hour, and Dr. Ellen Park "
      u"called it \"a sensible first step.\" The $12.5 million plan starts in early spring.\n"
      u"Opponents argued that the money would be better spent on buses, e.g. on the routes to the "
      u"north of the state. The final plans will be published in the autumn.\n";
  const std::u16string& paragraph =
      language == Language::kChinese ? chinese : language == Language::kEnglish ? english : chinese + english;
  std::u16string text;
  while (text.size() < units) text += paragraph;
  return text;
}

inline const char* LanguageName(Language language) {
  return language == Language::kChinese ? "zh" : language == Language::kEnglish ? "en" : "mixed";
}

}  // namespace precis::bench

#endif  // PRECIS_BENCH_NATIVE_BENCH_TEXT_H_
