// Quantity scanning: an optional currency prefix, a number (see numbers.h), an optional
// English magnitude word, then a unit. A number needs a unit, a currency or a multiplier.
#include "annotate/quantities.h"

#include <bitset>

#include "annotate/chars.h"
#include "annotate/numbers.h"

namespace precis::annotate {

namespace {

struct Unit {
  std::u16string_view text;
  std::u16string_view key;  // the normalized unit
};

// Prefixes that name a currency before the number.
const Unit kCurrencyPrefixes[] = {
    {u"新台幣", u"TWD"}, {u"新臺幣", u"TWD"}, {u"新台币", u"TWD"}, {u"台幣", u"TWD"}, {u"台币", u"TWD"},
    {u"人民幣", u"CNY"}, {u"人民币", u"CNY"}, {u"港幣", u"HKD"}, {u"港币", u"HKD"}, {u"美金", u"USD"},
    {u"日圓", u"JPY"}, {u"日元", u"JPY"}, {u"歐元", u"EUR"}, {u"欧元", u"EUR"}, {u"美元", u"USD"},
    {u"NT$", u"TWD"}, {u"US$", u"USD"}, {u"HK$", u"HKD"}, {u"A$", u"AUD"}, {u"C$", u"CAD"},
    {u"S$", u"SGD"}, {u"RMB", u"CNY"}, {u"USD", u"USD"}, {u"EUR", u"EUR"}, {u"$", u"USD"},
    {u"€", u"EUR"}, {u"£", u"GBP"}, {u"¥", u"JPY"}, {u"￥", u"CNY"},
};

// Units written right after the number (longest first matters only within equal starts).
const Unit kZhUnits[] = {
    {u"個百分點", u"percentage point"}, {u"个百分点", u"percentage point"}, {u"百分點", u"percentage point"},
    {u"百分点", u"percentage point"}, {u"%", u"%"}, {u"％", u"%"},
    {u"美元", u"USD"}, {u"港元", u"HKD"}, {u"港幣", u"HKD"}, {u"港币", u"HKD"}, {u"日圓", u"JPY"},
    {u"日元", u"JPY"}, {u"日幣", u"JPY"}, {u"歐元", u"EUR"}, {u"欧元", u"EUR"}, {u"英鎊", u"GBP"},
    {u"英镑", u"GBP"}, {u"人民幣", u"CNY"}, {u"人民币", u"CNY"}, {u"韓元", u"KRW"}, {u"韩元", u"KRW"},
    {u"新台幣", u"TWD"}, {u"新臺幣", u"TWD"}, {u"台幣", u"TWD"}, {u"臺幣", u"TWD"}, {u"台币", u"TWD"},
    {u"元", u"元"}, {u"塊", u"元"}, {u"块", u"元"},
    {u"平方公里", u"km2"}, {u"平方米", u"m2"}, {u"公里", u"km"}, {u"公尺", u"m"}, {u"公斤", u"kg"},
    {u"千克", u"kg"}, {u"公噸", u"t"}, {u"公吨", u"t"}, {u"噸", u"t"}, {u"吨", u"t"}, {u"公頃", u"ha"},
    {u"公顷", u"ha"}, {u"千瓦時", u"kWh"}, {u"千瓦时", u"kWh"}, {u"度電", u"kWh"}, {u"度电", u"kWh"},
    {u"千瓦", u"kW"}, {u"兆瓦", u"MW"}, {u"吉瓦", u"GW"}, {u"瓩", u"kW"}, {u"小時", u"h"}, {u"小时", u"h"},
    {u"分鐘", u"min"}, {u"分钟", u"min"}, {u"個月", u"month"}, {u"个月", u"month"}, {u"週", u"week"},
    {u"星期", u"week"}, {u"天", u"day"}, {u"年", u"year"}, {u"歲", u"歲"}, {u"岁", u"歲"},
    {u"倍", u"倍"}, {u"人次", u"人次"}, {u"家", u"家"}, {u"人", u"人"}, {u"名", u"名"}, {u"位", u"位"},
    {u"個", u"個"}, {u"个", u"個"}, {u"件", u"件"}, {u"台", u"台"}, {u"臺", u"台"}, {u"輛", u"輛"},
    {u"辆", u"輛"}, {u"座", u"座"}, {u"架", u"架"}, {u"艘", u"艘"}, {u"間", u"間"}, {u"间", u"間"},
    {u"所", u"所"}, {u"項", u"項"}, {u"项", u"項"}, {u"款", u"款"}, {u"種", u"種"}, {u"种", u"種"},
    {u"張", u"張"}, {u"张", u"張"}, {u"份", u"份"}, {u"筆", u"筆"}, {u"笔", u"筆"}, {u"條", u"條"},
    {u"条", u"條"}, {u"隻", u"隻"}, {u"只", u"隻"}, {u"戶", u"戶"}, {u"户", u"戶"}, {u"場", u"場"},
    {u"场", u"場"}, {u"次", u"次"}, {u"枚", u"枚"}, {u"顆", u"顆"}, {u"颗", u"顆"}, {u"桶", u"桶"},
    {u"股", u"股"}, {u"級", u"級"}, {u"级", u"級"}, {u"篇", u"篇"}, {u"本", u"本"}, {u"國", u"國"},
    {u"国", u"國"}, {u"度", u"°"}, {u"°C", u"°C"}, {u"℃", u"°C"},
};

// English units after a space or a hyphen; matched as whole words.
const Unit kEnUnits[] = {
    {u"percentage points", u"percentage point"}, {u"percentage point", u"percentage point"},
    {u"percent", u"%"}, {u"per cent", u"%"}, {u"megawatts", u"MW"}, {u"megawatt", u"MW"},
    {u"gigawatts", u"GW"}, {u"gigawatt", u"GW"}, {u"kilowatts", u"kW"}, {u"kilowatt", u"kW"},
    {u"MW", u"MW"}, {u"GW", u"GW"}, {u"kW", u"kW"}, {u"kWh", u"kWh"}, {u"nm", u"nm"},
    {u"people", u"people"}, {u"workers", u"workers"}, {u"employees", u"employees"}, {u"jobs", u"jobs"},
    {u"users", u"users"}, {u"customers", u"customers"}, {u"companies", u"companies"},
    {u"firms", u"firms"}, {u"stores", u"stores"}, {u"years", u"year"}, {u"year", u"year"},
    {u"months", u"month"}, {u"month", u"month"}, {u"weeks", u"week"}, {u"week", u"week"},
    {u"days", u"day"}, {u"day", u"day"}, {u"hours", u"h"}, {u"hour", u"h"}, {u"minutes", u"min"},
    {u"minute", u"min"}, {u"miles", u"mi"}, {u"mile", u"mi"}, {u"kilometers", u"km"},
    {u"kilometres", u"km"}, {u"kilometer", u"km"}, {u"km", u"km"}, {u"meters", u"m"}, {u"metres", u"m"},
    {u"feet", u"ft"}, {u"foot", u"ft"}, {u"pounds", u"lb"}, {u"kilograms", u"kg"}, {u"kg", u"kg"},
    {u"tons", u"t"}, {u"tonnes", u"t"}, {u"barrels", u"barrels"}, {u"acres", u"acres"},
    {u"dollars", u"USD"}, {u"euros", u"EUR"}, {u"yuan", u"CNY"}, {u"yen", u"JPY"}, {u"cars", u"cars"},
    {u"vehicles", u"vehicles"}, {u"homes", u"homes"}, {u"shares", u"shares"}, {u"points", u"points"},
    {u"degrees", u"°"}, {u"times", u"times"}, {u"chips", u"chips"}, {u"students", u"students"},
    {u"patients", u"patients"}, {u"deaths", u"deaths"}, {u"cases", u"cases"}, {u"votes", u"votes"},
    {u"seats", u"seats"}, {u"countries", u"countries"}, {u"cities", u"cities"}, {u"members", u"members"},
    {u"fold", u"times"}, {u"storey", u"storeys"}, {u"story", u"storeys"}, {u"mph", u"mph"},
};

struct Magnitude {
  std::u16string_view text;
  double factor;
};
const Magnitude kEnMagnitudes[] = {
    {u"trillion", 1e12}, {u"billion", 1e9}, {u"million", 1e6}, {u"thousand", 1e3},
    {u"bn", 1e9}, {u"mn", 1e6}, {u"tn", 1e12}, {u"m", 1e6}, {u"b", 1e9}, {u"k", 1e3},
};

const Unit* LongestUnitAt(std::u16string_view text, size_t pos, const Unit* begin, const Unit* end,
                          bool whole_word) {
  const Unit* best = nullptr;
  for (const Unit* u = begin; u != end; ++u) {
    if ((!best || u->text.size() > best->text.size()) && At(text, pos, u->text) &&
        (!whole_word || WordEndsAt(text, pos + u->text.size()))) {
      best = u;
    }
  }
  return best;
}

template <size_t N>
const Unit* LongestUnitAt(std::u16string_view text, size_t pos, const Unit (&units)[N], bool whole_word) {
  return LongestUnitAt(text, pos, units, units + N, whole_word);
}

// Words ending in s that are no plural noun counting things: "by 2030 this was", "5 times as".
bool IsEnglishNonPlural(std::u16string_view word) {
  static const std::u16string_view kWords[] = {u"this", u"thus", u"does", u"goes", u"plus", u"minus", u"versus",
                                               u"was", u"has", u"is", u"its", u"his", u"hers", u"ours", u"yours",
                                               u"theirs", u"perhaps", u"always", u"sometimes", u"besides",
                                               u"towards", u"afterwards", u"whereas", u"unless", u"news",
                                               u"makes", u"takes", u"gives", u"comes", u"seems", u"means"};
  for (std::u16string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

// The first code units of the currency prefixes, as bits.
const std::bitset<0x10000>& CurrencyPrefixStarts() {
  static const std::bitset<0x10000>* const starts = [] {
    auto* built = new std::bitset<0x10000>();
    for (const Unit& prefix : kCurrencyPrefixes) built->set(prefix.text[0]);
    return built;
  }();
  return *starts;
}

// Whether a quantity may start with `c`: a currency prefix, a digit, a Chinese numeral or
// 十 (ReadQuantity), or 百 (百分之, ReadChinesePercent). FindQuantities asks at every
// character, and this rules out most of them before any reader runs.
bool MayStartQuantity(char16_t c) {
  return IsDigit(c) || ChineseDigit(c) >= 0 || c == u'十' || c == u'百' || CurrencyPrefixStarts().test(c);
}

// Tries to read a quantity at `pos`; returns its end or 0.
size_t ReadQuantity(std::u16string_view text, size_t pos, Annotation* a) {
  size_t p = pos;
  std::u16string_view currency;
  // Asked at every character: the first characters of the prefixes rule out most at once.
  const bool may_have_prefix = pos < text.size() && CurrencyPrefixStarts().test(text[pos]);
  if (const Unit* prefix = may_have_prefix ? LongestUnitAt(text, pos, kCurrencyPrefixes, false) : nullptr) {
    // A letter prefix (USD, RMB) must start a word; a Chinese one may follow anything.
    if (!IsAsciiLetter(prefix->text[0]) || WordStartsAt(text, pos)) {
      size_t after = prefix->text.size() + pos;
      if (IsAsciiLetter(prefix->text.back())) after = SkipSpaces(text, after);
      if (after < text.size() && IsDigit(text[after])) {
        currency = prefix->key;
        p = after;
      }
    }
  }
  if (currency.empty()) {
    // Numbers start a word: not inside 3G, B2B or COVID-19.
    if (pos > 0 && (IsLatinLetter(text[pos - 1]) || IsDigit(text[pos - 1]) || text[pos - 1] == u'.' ||
                    text[pos - 1] == u'-' || text[pos - 1] == u'第')) {
      return 0;
    }
  }
  const ParsedNumber n = ReadNumber(text, p);
  if (n.end == 0) return 0;
  // Chinese numerals start with a digit or 十: 萬人, 百年 and 千萬 (meaning "by all means") are words.
  if (!n.arabic && ChineseDigit(text[p]) < 0 && text[p] != u'十') return 0;
  // Chinese numerals alone: 第一 (ordinals) and 一些 never; a big multiplier or a unit needed.
  double value = n.value;
  size_t q = n.end;
  bool magnitude = n.has_multiplier;
  std::u16string_view unit;
  // An English magnitude word: "1.2 billion", "$5bn", "3 million".
  if (n.arabic && !n.has_multiplier) {
    size_t r = q;
    if (r < text.size() && text[r] == u' ') ++r;
    for (const Magnitude& m : kEnMagnitudes) {
      const bool short_form = m.text.size() <= 2;
      if (short_form && r != q) continue;  // bn, m, k only glued to the number
      if (short_form && currency.empty()) continue;
      if (At(text, r, m.text) && WordEndsAt(text, r + m.text.size())) {
        value *= m.factor;
        q = r + m.text.size();
        magnitude = true;
        break;
      }
    }
  }
  // A unit: glued (Chinese, %, MW) or after one space or hyphen (English words).
  if (const Unit* u = LongestUnitAt(text, q, kZhUnits, false)) {
    // 年 after a four-digit number is a year, left to the date finder.
    const bool year_like = u->key == u"year" && n.digits == 4 && !n.decimal;
    // A one-character Han unit after a Chinese numeral must not start a longer word: 三國 vs 三國志 is rare.
    if (!year_like) {
      unit = u->key;
      q += u->text.size();
    }
  }
  if (unit.empty() && n.arabic) {
    size_t r = q;
    if (r < text.size() && (text[r] == u' ' || text[r] == u'-' || text[r] == 0xA0)) ++r;
    if (r > q || (r < text.size() && IsAsciiLetter(text[r]))) {
      if (const Unit* u = LongestUnitAt(text, r, kEnUnits, true)) {
        // Glued letters only for symbols (MW, km, nm): "5m" is handled above.
        if (r > q || u->text.size() <= 3) {
          unit = u->key;
          q = r + u->text.size();
        }
      }
    }
  }
  // Any other English plural after one space counts things: "40 desks", "300 visitors".
  if (unit.empty() && n.arabic && currency.empty() && !(n.digits == 4 && !n.decimal && n.value >= 1800 && n.value <= 2100)) {
    const size_t noun = q + 1;
    if (noun < text.size() && text[q] == u' ') {
      size_t end = noun;
      while (end < text.size() && IsAsciiLower(text[end])) ++end;
      const std::u16string_view word = text.substr(noun, end - noun);
      if (word.size() >= 4 && word.back() == u's' && word[word.size() - 2] != u's' && WordEndsAt(text, end) &&
          !IsEnglishNonPlural(word)) {
        unit = word;
        q = end;
      }
    }
  }
  // Trailing currency words: "50 billion dollars" reads the unit above; "$1.2 billion" keeps $.
  if (!currency.empty() && unit.empty()) unit = currency;
  if (!currency.empty() && (unit == u"元")) unit = currency;
  const bool chinese_only = !n.arabic;
  if (unit.empty()) {
    if (chinese_only && !(magnitude && n.value >= 1e4)) return 0;
    if (n.arabic && !magnitude) return 0;
  }
  if (chinese_only && n.value < 2 && unit != u"%") return 0;
  a->start = static_cast<uint32_t>(pos);
  a->end = static_cast<uint32_t>(q);
  a->kind = AnnotationKind::kQuantity;
  a->value = value;
  a->normalized = std::u16string(unit);
  return q;
}

// 百分之十四 (and 百分之14.5): percent written before the number.
size_t ReadChinesePercent(std::u16string_view text, size_t pos, Annotation* a) {
  if (!At(text, pos, u"百分之")) return 0;
  const ParsedNumber n = ReadNumber(text, pos + 3);
  size_t end = n.end;
  double value = n.value;
  if (end == 0) {
    // A single Chinese digit is enough here: 百分之五.
    const int d = pos + 3 < text.size() ? ChineseDigit(text[pos + 3]) : -1;
    if (d < 0) return 0;
    end = pos + 4;
    value = d;
  }
  a->start = static_cast<uint32_t>(pos);
  a->end = static_cast<uint32_t>(end);
  a->kind = AnnotationKind::kQuantity;
  a->value = value;
  a->normalized = u"%";
  return end;
}

}  // namespace

void FindQuantities(std::u16string_view text, std::vector<Annotation>* out) {
  size_t i = 0;
  while (i < text.size()) {
    if (!MayStartQuantity(text[i])) {
      ++i;
      continue;
    }
    Annotation a;
    size_t end = ReadChinesePercent(text, i, &a);
    if (end == 0) end = ReadQuantity(text, i, &a);
    if (end > i) {
      out->push_back(std::move(a));
      i = end;
      continue;
    }
    // Skip the rest of a number so that "12345" is not retried from "2345".
    if (IsDigit(text[i])) {
      while (i < text.size() && (IsDigit(text[i]) || text[i] == u'.' || text[i] == u',')) ++i;
    } else {
      ++i;
    }
  }
}

}  // namespace precis::annotate
