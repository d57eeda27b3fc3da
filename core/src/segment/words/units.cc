// Units written out by hand for both scripts. Kept to words that, right after a number,
// almost always measure it: 人 (people) is in, 中 (in/among) is not.
#include "segment/words/units.h"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <iterator>
#include <vector>

namespace precis::segment::words {
namespace {

constexpr std::u16string_view kChineseDigits = u"〇○零一二三四五六七八九两兩壹贰貳叁參肆伍陆陸柒捌玖廿卅";
constexpr std::u16string_view kChineseMagnitudes = u"十拾百佰千仟万萬亿億兆";

struct Unit {
  std::u16string_view text;
  UnitKind kind;
};

// Roughly grouped by character; MatchUnit looks for the longest match among those that start
// with the character at hand.
constexpr Unit kUnits[] = {
    {u"%", UnitKind::kPercent},     {u"‰", UnitKind::kPercent},     {u"℃", UnitKind::kMeasure},
    {u"个", UnitKind::kMeasure},    {u"个月", UnitKind::kMeasure},  {u"人", UnitKind::kMeasure},
    {u"人民币", UnitKind::kMeasure}, {u"人民幣", UnitKind::kMeasure}, {u"件", UnitKind::kMeasure},
    {u"份", UnitKind::kMeasure},    {u"位", UnitKind::kMeasure},    {u"個", UnitKind::kMeasure},
    {u"個月", UnitKind::kMeasure},  {u"倍", UnitKind::kMeasure},    {u"克", UnitKind::kMeasure},
    {u"公克", UnitKind::kMeasure},  {u"公分", UnitKind::kMeasure},  {u"公尺", UnitKind::kMeasure},
    {u"公斤", UnitKind::kMeasure},  {u"公里", UnitKind::kMeasure},  {u"公頃", UnitKind::kMeasure},
    {u"公顷", UnitKind::kMeasure},  {u"分", UnitKind::kMeasure},    {u"分鐘", UnitKind::kMeasure},
    {u"分钟", UnitKind::kMeasure},  {u"千克", UnitKind::kMeasure},  {u"千瓦", UnitKind::kMeasure},
    {u"千米", UnitKind::kMeasure},  {u"升", UnitKind::kMeasure},    {u"只", UnitKind::kMeasure},
    {u"台", UnitKind::kMeasure},    {u"号", UnitKind::kDay},        {u"名", UnitKind::kMeasure},
    {u"周", UnitKind::kMeasure},    {u"周年", UnitKind::kMeasure},  {u"噸", UnitKind::kMeasure},
            {u"场", UnitKind::kMeasure},
    {u"块", UnitKind::kMeasure},    {u"場", UnitKind::kMeasure},    {u"塊", UnitKind::kMeasure},
    {u"处", UnitKind::kMeasure},    {u"天", UnitKind::kMeasure},    {u"头", UnitKind::kMeasure},
    {u"季", UnitKind::kMeasure},    {u"季度", UnitKind::kMeasure},  {u"家", UnitKind::kMeasure},
    {u"寸", UnitKind::kMeasure},    {u"小时", UnitKind::kMeasure},  {u"小時", UnitKind::kMeasure},
    {u"层", UnitKind::kMeasure},    {u"届", UnitKind::kMeasure},    {u"屆", UnitKind::kMeasure},
    {u"層", UnitKind::kMeasure},    {u"岁", UnitKind::kMeasure},    {u"平方公里", UnitKind::kMeasure},
    {u"平方米", UnitKind::kMeasure}, {u"年", UnitKind::kYear},       {u"年代", UnitKind::kMeasure},
    {u"度", UnitKind::kMeasure},    {u"座", UnitKind::kMeasure},    {u"张", UnitKind::kMeasure},
    {u"張", UnitKind::kMeasure},    {u"成", UnitKind::kMeasure},    {u"所", UnitKind::kMeasure},
    {u"批", UnitKind::kMeasure},    {u"支", UnitKind::kMeasure},    {u"斤", UnitKind::kMeasure},
    {u"日", UnitKind::kDay},        {u"日元", UnitKind::kMeasure},  {u"日圓", UnitKind::kMeasure},
    {u"星期", UnitKind::kMeasure},  {u"月", UnitKind::kMonth},      {u"期", UnitKind::kMeasure},
    {u"本", UnitKind::kMeasure},    {u"条", UnitKind::kMeasure},    {u"枚", UnitKind::kMeasure},
    {u"架", UnitKind::kMeasure},    {u"栋", UnitKind::kMeasure},    {u"棟", UnitKind::kMeasure},
    {u"次", UnitKind::kMeasure},    {u"款", UnitKind::kMeasure},    {u"歐元", UnitKind::kMeasure},
    {u"歲", UnitKind::kMeasure},    {u"毫升", UnitKind::kMeasure},  {u"毫米", UnitKind::kMeasure},
    {u"港元", UnitKind::kMeasure},  {u"港幣", UnitKind::kMeasure},  {u"港币", UnitKind::kMeasure},
    {u"澳元", UnitKind::kMeasure},  {u"点", UnitKind::kHour},    {u"點", UnitKind::kHour},
    {u"秒", UnitKind::kMeasure},    {u"种", UnitKind::kMeasure},    {u"種", UnitKind::kMeasure},
    {u"立方米", UnitKind::kMeasure}, {u"篇", UnitKind::kMeasure},    {u"米", UnitKind::kMeasure},
    {u"級", UnitKind::kMeasure},    {u"级", UnitKind::kMeasure},    {u"美元", UnitKind::kMeasure},
    {u"美金", UnitKind::kMeasure},  {u"艘", UnitKind::kMeasure},    {u"英鎊", UnitKind::kMeasure},
    {u"英镑", UnitKind::kMeasure},  {u"英里", UnitKind::kMeasure},  
    {u"号", UnitKind::kDay},        {u"號", UnitKind::kDay},        {u"輛", UnitKind::kMeasure},
    {u"辆", UnitKind::kMeasure},    {u"週", UnitKind::kMeasure},    {u"週年", UnitKind::kMeasure},
    {u"部", UnitKind::kMeasure},    {u"里", UnitKind::kMeasure},    {u"間", UnitKind::kMeasure},
    {u"间", UnitKind::kMeasure},    {u"隻", UnitKind::kMeasure},    {u"集", UnitKind::kMeasure},
    {u"页", UnitKind::kMeasure},    {u"頁", UnitKind::kMeasure},    {u"項", UnitKind::kMeasure},
    {u"项", UnitKind::kMeasure},    {u"頭", UnitKind::kMeasure},    {u"顆", UnitKind::kMeasure},
    {u"颗", UnitKind::kMeasure},        {u"元", UnitKind::kMeasure},
    {u"亩", UnitKind::kMeasure},    {u"畝", UnitKind::kMeasure},    {u"世紀", UnitKind::kMeasure},
    {u"世纪", UnitKind::kMeasure},  {u"％", UnitKind::kPercent},    {u"吨", UnitKind::kMeasure},
    {u"毛", UnitKind::kMeasure},    {u"角", UnitKind::kMeasure},    {u"新台幣", UnitKind::kMeasure},
    {u"新台币", UnitKind::kMeasure}, {u"台幣", UnitKind::kMeasure},  {u"台币", UnitKind::kMeasure},
    {u"欧元", UnitKind::kMeasure},  {u"韓元", UnitKind::kMeasure},  {u"韩元", UnitKind::kMeasure},
    {u"盧布", UnitKind::kMeasure},  {u"卢布", UnitKind::kMeasure},  {u"代", UnitKind::kMeasure},
    {u"輪", UnitKind::kMeasure},    {u"轮", UnitKind::kMeasure},    {u"節", UnitKind::kMeasure},
    {u"节", UnitKind::kMeasure},    {u"章", UnitKind::kMeasure},    {u"股", UnitKind::kMeasure},
    {u"步", UnitKind::kMeasure},    {u"時", UnitKind::kHour},    {u"时", UnitKind::kHour},
};

}  // namespace

namespace {

// Which BMP characters are Chinese digits, magnitudes or the first unit of some entry of
// kUnits, one bit each (3 × 8 KiB): number refinement asks at every Han character, and a bit
// test is cheaper than a scan of a string or of the unit list.
struct CharSets {
  std::bitset<0x10000> digits, magnitudes, unit_starts;
  // kUnits' indices ordered by first code unit (stable, so list order holds within one
  // first unit), and for each first unit where its run begins.
  std::vector<uint16_t> by_first;
  std::vector<char16_t> firsts;
};

const CharSets& Sets() {
  static const CharSets* sets = [] {
    auto* built = new CharSets();
    for (char16_t c : kChineseDigits) built->digits.set(c);
    for (char16_t c : kChineseMagnitudes) built->magnitudes.set(c);
    for (size_t i = 0; i < std::size(kUnits); ++i) {
      built->unit_starts.set(kUnits[i].text[0]);
      built->by_first.push_back(static_cast<uint16_t>(i));
    }
    std::stable_sort(built->by_first.begin(), built->by_first.end(),
                     [](uint16_t a, uint16_t b) { return kUnits[a].text[0] < kUnits[b].text[0]; });
    for (uint16_t i : built->by_first) built->firsts.push_back(kUnits[i].text[0]);
    return built;
  }();
  return *sets;
}

}  // namespace

bool IsChineseDigit(char32_t c) { return c <= 0xFFFF && Sets().digits.test(c); }

bool IsChineseMagnitude(char32_t c) { return c <= 0xFFFF && Sets().magnitudes.test(c); }

UnitMatch MatchUnit(std::u16string_view text, size_t at) {
  UnitMatch best;
  if (at >= text.size()) return best;
  const CharSets& sets = Sets();
  if (!sets.unit_starts.test(text[at])) return best;
  // Only the units that start with this character, in list order, longest match first found.
  const auto first = std::lower_bound(sets.firsts.begin(), sets.firsts.end(), text[at]);
  for (auto it = first; it != sets.firsts.end() && *it == text[at]; ++it) {
    const Unit& unit = kUnits[sets.by_first[it - sets.firsts.begin()]];
    if (unit.text.size() > best.length && text.substr(at, unit.text.size()) == unit.text) {
      best = {unit.text.size(), unit.kind};
    }
  }
  return best;
}

}  // namespace precis::segment::words
