// Date scanning by hand-written readers: a Chinese reader (year 年, month 月, day 日/號,
// quarter 季, weekday 星期X, clock 時/點) and an English one (month names, weekdays,
// years after a preposition, quarters, a.m./p.m.). Normalized values: YYYY-MM-DD, --MM-DD,
// YYYY-MM, YYYY, YYYY-Q2, YYYY-mid, weekday names, HH:MM; empty for relative dates.
#include "annotate/dates.h"

#include <bitset>
#include <cstdio>
#include <string>
#include <string_view>

#include "annotate/chars.h"
#include "annotate/lexicon.h"
#include "annotate/numbers.h"

namespace precis::annotate {

namespace {

std::u16string Ascii(const std::string& s) { return std::u16string(s.begin(), s.end()); }

std::u16string Format(const char* format, int a, int b = 0, int c = 0) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, format, a, b, c);
  return Ascii(buffer);
}

// Reads a small number (Arabic or Chinese, up to `max_digits` Arabic digits) at `pos`.
// Returns the end or 0; the value in *value.
size_t ReadSmall(std::u16string_view text, size_t pos, int max_digits, int* value) {
  size_t i = pos;
  int v = 0;
  while (i < text.size() && IsDigit(text[i]) && static_cast<int>(i - pos) < max_digits) {
    v = v * 10 + DigitValue(text[i]);
    ++i;
  }
  if (i > pos) {
    if (i < text.size() && IsDigit(text[i])) return 0;  // too many digits
    *value = v;
    return i;
  }
  // Chinese: 一 ... 九, 十, 十一 ... 三十一.
  int tens = 0, units = 0;
  bool seen_ten = false;
  while (i < text.size() && i - pos < 3) {
    const int d = ChineseDigit(text[i]);
    if (text[i] == u'十' && !seen_ten) {
      tens = units == 0 ? 1 : units;
      units = 0;
      seen_ten = true;
    } else if (d > 0 && (units == 0)) {
      units = d;
    } else {
      break;
    }
    ++i;
  }
  if (i == pos) return 0;
  *value = tens * 10 + units;
  return *value > 0 ? i : 0;
}

// A year: four Arabic digits or four Chinese digits (二〇二四).
size_t ReadYear(std::u16string_view text, size_t pos, int* year) {
  if (pos > 0 && IsDigit(text[pos - 1])) return 0;
  size_t i = pos;
  int v = 0;
  while (i < text.size() && i - pos < 4 && IsDigit(text[i])) v = v * 10 + DigitValue(text[i++]);
  if (i - pos == 4 && (i >= text.size() || !IsDigit(text[i]))) {
    *year = v;
    return (v >= 1000 && v <= 2999) ? i : 0;
  }
  i = pos;
  v = 0;
  while (i < text.size() && i - pos < 4 && ChineseDigit(text[i]) >= 0) v = v * 10 + ChineseDigit(text[i++]);
  if (i - pos == 4) {
    *year = v;
    return (v >= 1000 && v <= 2999) ? i : 0;
  }
  return 0;
}

int QuarterDigit(char16_t c) {
  if (c >= u'1' && c <= u'4') return c - u'0';
  const int d = ChineseDigit(c);
  return d >= 1 && d <= 4 ? d : 0;
}

// 第二季, 第2季度, 第一季: the quarter number, or 0.
size_t ReadZhQuarter(std::u16string_view text, size_t pos, int* quarter) {
  if (!At(text, pos, u"第") || pos + 1 >= text.size()) return 0;
  const int q = QuarterDigit(text[pos + 1]);
  if (q == 0 || !At(text, pos + 2, u"季")) return 0;
  *quarter = q;
  size_t end = pos + 3;
  if (At(text, end, u"度")) ++end;
  return end;
}

// Month then day: 3月12日, 十一月五日, 11月5號; or month alone (3月, 3月份).
size_t ReadZhMonthDay(std::u16string_view text, size_t pos, int* month, int* day) {
  int m = 0;
  size_t i = ReadSmall(text, pos, 2, &m);
  if (i == 0 || m < 1 || m > 12 || !At(text, i, u"月")) return 0;
  // 3個月 is a duration and never reaches here; 月 followed by 份 is still the month.
  ++i;
  *month = m;
  *day = 0;
  int d = 0;
  const size_t j = ReadSmall(text, i, 2, &d);
  if (j > 0 && d >= 1 && d <= 31 && j < text.size() &&
      (text[j] == u'日' || text[j] == u'號' || text[j] == u'号')) {
    *day = d;
    return j + 1;
  }
  if (At(text, i, u"份")) return i + 1;
  if (At(text, i, u"初") || At(text, i, u"底") || At(text, i, u"中旬") || At(text, i, u"上旬") ||
      At(text, i, u"下旬")) {
    return i + (At(text, i, u"初") || At(text, i, u"底") ? 1 : 2);
  }
  return i;
}

constexpr std::u16string_view kZhWeekdayPrefixes[] = {u"星期", u"禮拜", u"礼拜", u"週", u"周"};
const char* const kWeekdayNames[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

size_t ReadZhWeekday(std::u16string_view text, size_t pos, std::u16string* normalized) {
  for (std::u16string_view prefix : kZhWeekdayPrefixes) {
    if (!At(text, pos, prefix)) continue;
    const size_t i = pos + prefix.size();
    if (i >= text.size()) return 0;
    int day = -1;
    if (text[i] == u'日' || text[i] == u'天') {
      day = 0;
    } else {
      const int d = ChineseDigit(text[i]);
      if (d >= 1 && d <= 6 && text[i] != u'兩' && text[i] != u'两') day = d;
    }
    if (day < 0) return 0;
    // 週一至週五 reads as two dates; 周 as a surname (周一鳴) is left alone when a Han follows.
    if (prefix.size() == 1 && i + 1 < text.size() && IsHan(text[i + 1]) &&
        !(text[i + 1] == u'至' || text[i + 1] == u'到' || text[i + 1] == u'和' || text[i + 1] == u'與' ||
          text[i + 1] == u'晚' || text[i + 1] == u'早' || text[i + 1] == u'上' || text[i + 1] == u'下')) {
      return 0;
    }
    *normalized = Ascii(kWeekdayNames[day]);
    return i + 1;
  }
  return 0;
}

constexpr std::u16string_view kZhDayParts[] = {u"上午", u"下午", u"晚上", u"晚間", u"晚间", u"凌晨", u"中午", u"早上", u"清晨", u"傍晚", u"深夜"};

// 下午3時, 上午10點30分, 15時20分.
size_t ReadZhTime(std::u16string_view text, size_t pos, std::u16string* normalized) {
  size_t i = pos;
  bool afternoon = false;
  bool part = false;
  for (std::u16string_view p : kZhDayParts) {
    if (At(text, i, p)) {
      afternoon = p == u"下午" || p == u"晚上" || p == u"晚間" || p == u"晚间" || p == u"傍晚" || p == u"深夜";
      i += p.size();
      part = true;
      break;
    }
  }
  int hour = 0;
  const size_t h = ReadSmall(text, i, 2, &hour);
  if (h == 0 || hour > 24 || h >= text.size()) return 0;
  if (!(text[h] == u'時' || text[h] == u'时' || text[h] == u'點' || text[h] == u'点')) return 0;
  size_t end = h + 1;
  int minute = 0;
  bool has_minute = false;
  if (At(text, end, u"半")) {
    minute = 30;
    has_minute = true;
    ++end;
  } else {
    const size_t m = ReadSmall(text, end, 2, &minute);
    if (m > 0 && minute < 60 && At(text, m, u"分")) {
      has_minute = true;
      end = m + 1;
    }
  }
  if (!part && !has_minute) return 0;  // 三點建議: three points, not three o'clock
  if (afternoon && hour < 12) hour += 12;
  *normalized = Format("%02d:%02d", hour, minute);
  return end;
}

constexpr std::u16string_view kZhRelative[] = {u"今年", u"去年", u"明年", u"前年", u"後年", u"今天", u"昨天", u"明天",
                                       u"前天", u"後天", u"今日", u"昨日", u"明日", u"上週", u"本週",
                                       u"下週", u"上周", u"本周", u"下周", u"上個月", u"上个月", u"下個月",
                                       u"下个月", u"本月", u"當天", u"当天", u"當日", u"当日"};

// Whether a Chinese date can start with `c`: every reader below begins with a digit, a
// Chinese numeral (or 十), 第, or the first character of one of the word lists above. Most
// Han characters start none, and FindDates asks at every one of them.
bool MayStartZhDate(char16_t c) {
  if (IsDigit(c) || ChineseDigit(c) >= 0 || c == u'十' || c == u'第') return true;
  static const std::bitset<0x10000>* const kListStarts = [] {
    auto* starts = new std::bitset<0x10000>();
    for (std::u16string_view word : kZhWeekdayPrefixes) starts->set(word[0]);
    for (std::u16string_view word : kZhDayParts) starts->set(word[0]);
    for (std::u16string_view word : kZhRelative) starts->set(word[0]);
    return starts;
  }();
  return kListStarts->test(c);
}

size_t ReadZhDate(std::u16string_view text, size_t pos, std::u16string* normalized) {
  if (!MayStartZhDate(text[pos])) return 0;
  int year = 0;
  size_t i = ReadYear(text, pos, &year);
  if (i > 0 && At(text, i, u"年代")) {
    *normalized = Format("%04ds", year);
    return i + 2;
  }
  if (i > 0 && At(text, i, u"年")) {
    ++i;
    int month = 0, day = 0, quarter = 0;
    if (size_t j = ReadZhMonthDay(text, i, &month, &day)) {
      *normalized = day ? Format("%04d-%02d-%02d", year, month, day) : Format("%04d-%02d", year, month);
      return j;
    }
    if (size_t j = ReadZhQuarter(text, i, &quarter)) {
      *normalized = Format("%04d-Q%d", year, quarter);
      return j;
    }
    struct Part { std::u16string_view text; const char* suffix; };
    static const Part kParts[] = {{u"上半年", "H1"}, {u"下半年", "H2"}, {u"上半", "H1"}, {u"下半", "H2"},
                                  {u"年初", "early"}, {u"年中", "mid"}, {u"年底", "late"}, {u"年末", "late"},
                                  {u"初", "early"}, {u"中期", "mid"}, {u"底", "late"}, {u"末", "late"},
                                  {u"度", nullptr}};
    for (const Part& p : kParts) {
      if (At(text, i, p.text)) {
        *normalized = p.suffix ? Format("%04d-", year) + Ascii(p.suffix) : Format("%04d", year);
        return i + p.text.size();
      }
    }
    *normalized = Format("%04d", year);
    return i;
  }
  if (pos > 0 && IsDigit(text[pos - 1])) return 0;
  int month = 0, day = 0, quarter = 0;
  // A Chinese numeral month needs a clear start: 一月 but not 同一月份.
  const bool chinese_start = ChineseDigit(text[pos]) >= 0 || text[pos] == u'十';
  const bool clear_start = !chinese_start || pos == 0 || !IsHan(text[pos - 1]) ||
                           std::u16string_view(u"年於于在至到和及與与、").find(text[pos - 1]) != std::u16string_view::npos;
  if (size_t j = clear_start ? ReadZhMonthDay(text, pos, &month, &day) : 0) {
    *normalized = day ? Format("--%02d-%02d", month, day) : Format("--%02d", month);
    return j;
  }
  // A day alone: 5日 (but not 5日圓 or 5日本).
  int d = 0;
  if (size_t j = ReadSmall(text, pos, 2, &d); j > 0 && IsDigit(text[pos]) && d >= 1 && d <= 31 && j < text.size() &&
                                             (text[j] == u'日' || text[j] == u'號' || text[j] == u'号')) {
    const bool japanese = j + 1 < text.size() && (text[j + 1] == u'本' || text[j + 1] == u'圓' || text[j + 1] == u'元' ||
                                                  text[j + 1] == u'幣' || text[j + 1] == u'币');
    const bool duration = j + 1 < text.size() && (text[j + 1] == u'內' || text[j + 1] == u'内' || text[j + 1] == u'間');
    if (!japanese && !duration) {
      *normalized = Format("---%02d", d);
      return j + 1;
    }
  }
  if (size_t j = ReadZhQuarter(text, pos, &quarter)) {
    *normalized = Format("Q%d", quarter);
    return j;
  }
  if (size_t j = ReadZhWeekday(text, pos, normalized)) return j;
  if (size_t j = ReadZhTime(text, pos, normalized)) return j;
  for (std::u16string_view r : kZhRelative) {
    if (At(text, pos, r)) {
      normalized->clear();
      return pos + r.size();
    }
  }
  return 0;
}

// ---- English ----

int MonthIndex(std::u16string_view word) {
  static constexpr std::u16string_view kFull[] = {u"January", u"February", u"March", u"April", u"May", u"June", u"July",
                                          u"August", u"September", u"October", u"November", u"December"};
  for (int m = 0; m < 12; ++m) {
    if (word == kFull[m]) return m + 1;
  }
  static const char16_t* const kShort[] = {u"Jan.", u"Feb.", u"Mar.", u"Apr.", nullptr, u"Jun.",
                                           u"Jul.", u"Aug.", u"Sep.", u"Oct.", u"Nov.", u"Dec."};
  for (int m = 0; m < 12; ++m) {
    if (kShort[m] && word == kShort[m]) return m + 1;
  }
  if (word == u"Sept.") return 9;
  return 0;
}

// A month name at `pos` (whole word); returns its end and the month.
size_t ReadMonthName(std::u16string_view text, size_t pos, int* month) {
  // Asked at every word: the names' first letters rule out most words at once.
  static const std::bitset<0x10000>* const kStarts = [] {
    auto* starts = new std::bitset<0x10000>();
    for (std::u16string_view name : lexicon::EnMonths()) starts->set(name[0]);
    return starts;
  }();
  if (pos >= text.size() || !kStarts->test(text[pos])) return 0;
  if (!WordStartsAt(text, pos)) return 0;
  for (std::u16string_view name : lexicon::EnMonths()) {
    if (At(text, pos, name) && (name.back() == u'.' || WordEndsAt(text, pos + name.size()))) {
      *month = MonthIndex(name);
      return pos + name.size();
    }
  }
  return 0;
}

// Digits at `pos`: returns the end, 0 when none or more than `max_digits`.
size_t ReadDigits(std::u16string_view text, size_t pos, int max_digits, int* value) {
  size_t i = pos;
  int v = 0;
  while (i < text.size() && IsAsciiDigit(text[i])) {
    if (static_cast<int>(i - pos) == max_digits) return 0;
    v = v * 10 + (text[i] - u'0');
    ++i;
  }
  if (i == pos) return 0;
  *value = v;
  return i;
}

size_t SkipOrdinal(std::u16string_view text, size_t pos) {
  for (std::u16string_view s : {u"st", u"nd", u"rd", u"th"}) {
    if (At(text, pos, s) && WordEndsAt(text, pos + 2)) return pos + 2;
  }
  return pos;
}

// ", 2026" or " 2026" after a month or day.
size_t ReadTrailingYear(std::u16string_view text, size_t pos, int* year) {
  size_t i = pos;
  if (i < text.size() && text[i] == u',') ++i;
  if (i < text.size() && text[i] == u' ') ++i;
  if (i == pos) return 0;
  int y = 0;
  const size_t j = ReadDigits(text, i, 4, &y);
  if (j == 0 || j - i != 4 || !WordEndsAt(text, j) || y < 1000) return 0;
  *year = y;
  return j;
}

constexpr std::u16string_view kYearLeads[] = {u"in ", u"In ", u"since ", u"Since ", u"by ", u"By ", u"until ", u"till ",
                                      u"from ", u"From ", u"of ", u"to ", u"through ", u"before ", u"after ",
                                      u"during ", u"around ", u"year ", u"fiscal ", u"end of ", u"since ",
                                      u"and ", u"or ", u"between ", u"Between ", u"for ", u"as of ", u"circa ",
                                      u"spring ", u"summer ", u"autumn ", u"fall ", u"winter "};

size_t ReadEnDate(std::u16string_view text, size_t pos, std::u16string* normalized, size_t* start) {
  *start = pos;
  int month = 0, day = 0, year = 0;
  // Month [day][, year] or Month year.
  if (size_t i = ReadMonthName(text, pos, &month)) {
    size_t j = i;
    if (j < text.size() && text[j] == u' ') {
      if (size_t k = ReadDigits(text, j + 1, 2, &day); k > 0 && day >= 1 && day <= 31 && WordEndsAt(text, SkipOrdinal(text, k))) {
        j = SkipOrdinal(text, k);
        if (size_t y = ReadTrailingYear(text, j, &year)) {
          *normalized = Format("%04d-%02d-%02d", year, month, day);
          return y;
        }
        *normalized = Format("--%02d-%02d", month, day);
        return j;
      }
      day = 0;
      if (size_t y = ReadTrailingYear(text, i, &year)) {
        *normalized = Format("%04d-%02d", year, month);
        return y;
      }
    }
    // "May" alone is a verb more often than a month.
    if (text.substr(pos, i - pos) == u"May") return 0;
    *normalized = Format("--%02d", month);
    return i;
  }
  // Day Month [year]: 4 March 2026.
  if (WordStartsAt(text, pos) && IsAsciiDigit(text[pos])) {
    if (size_t k = ReadDigits(text, pos, 2, &day); k > 0 && day >= 1 && day <= 31) {
      size_t j = SkipOrdinal(text, k);
      if (j < text.size() && text[j] == u' ') {
        if (size_t m = ReadMonthName(text, j + 1, &month)) {
          if (size_t y = ReadTrailingYear(text, m, &year)) {
            *normalized = Format("%04d-%02d-%02d", year, month, day);
            return y;
          }
          *normalized = Format("--%02d-%02d", month, day);
          return m;
        }
      }
    }
  }
  // Weekdays.
  if (WordStartsAt(text, pos)) {
    for (int d = 0; d < 7; ++d) {
      std::u16string_view name = lexicon::EnWeekdays()[d];
      if (At(text, pos, name) && WordEndsAt(text, pos + name.size())) {
        *normalized = Ascii(kWeekdayNames[(d + 1) % 7]);
        return pos + name.size();
      }
    }
  }
  // mid-2027, early 2025, late 2024.
  struct Lead { std::u16string_view text; const char* part; };
  static const Lead kLeads[] = {{u"mid-", "mid"}, {u"Mid-", "mid"}, {u"mid ", "mid"}, {u"early ", "early"},
                                {u"Early ", "early"}, {u"late ", "late"}, {u"Late ", "late"},
                                {u"early-", "early"}, {u"late-", "late"}};
  if (WordStartsAt(text, pos)) {
    for (const Lead& lead : kLeads) {
      if (!At(text, pos, lead.text)) continue;
      const size_t i = pos + lead.text.size();
      if (size_t j = ReadDigits(text, i, 4, &year); j - i == 4 && WordEndsAt(text, j) && year >= 1000) {
        *normalized = Format("%04d-", year) + Ascii(lead.part);
        return j;
      }
    }
  }
  // Quarters: Q2 2028, the second quarter of 2028.
  if (WordStartsAt(text, pos) && text[pos] == u'Q' && pos + 1 < text.size() && text[pos + 1] >= u'1' &&
      text[pos + 1] <= u'4' && WordEndsAt(text, pos + 2)) {
    const int q = text[pos + 1] - u'0';
    if (size_t y = ReadTrailingYear(text, pos + 2, &year)) {
      *normalized = Format("%04d-Q%d", year, q);
      return y;
    }
    *normalized = Format("Q%d", q);
    return pos + 2;
  }
  static constexpr std::u16string_view kOrdinals[] = {u"first", u"second", u"third", u"fourth"};
  if (WordStartsAt(text, pos)) {
    for (int q = 0; q < 4; ++q) {
      std::u16string_view o = kOrdinals[q];
      if (!At(text, pos, o)) continue;
      size_t i = pos + o.size();
      if (!(At(text, i, u" quarter") || At(text, i, u"-quarter"))) continue;
      i += 8;
      if (!WordEndsAt(text, i)) continue;
      if (At(text, i, u" of ")) {
        if (size_t j = ReadDigits(text, i + 4, 4, &year); j == i + 8 && WordEndsAt(text, j)) {
          *normalized = Format("%04d-Q%d", year, q + 1);
          return j;
        }
      }
      *normalized = Format("Q%d", q + 1);
      return i;
    }
  }
  // Clock times: 3 p.m., 10:30 a.m., 15:30.
  if (WordStartsAt(text, pos) && IsAsciiDigit(text[pos])) {
    int hour = 0, minute = 0;
    size_t i = ReadDigits(text, pos, 2, &hour);
    bool has_minute = false;
    if (i > 0 && i + 2 < text.size() && text[i] == u':' && IsAsciiDigit(text[i + 1]) && IsAsciiDigit(text[i + 2])) {
      minute = (text[i + 1] - u'0') * 10 + (text[i + 2] - u'0');
      i += 3;
      has_minute = true;
    }
    if (i > 0 && hour <= 24 && minute < 60) {
      size_t j = i < text.size() && text[i] == u' ' ? i + 1 : i;
      for (std::u16string_view suffix : {u"a.m.", u"p.m.", u"am", u"pm", u"AM", u"PM"}) {
        if (At(text, j, suffix) && (suffix.back() == u'.' || WordEndsAt(text, j + suffix.size())) && hour <= 12) {
          const bool pm = suffix[0] == u'p' || suffix[0] == u'P';
          *normalized = Format("%02d:%02d", pm && hour < 12 ? hour + 12 : (!pm && hour == 12 ? 0 : hour), minute);
          return j + suffix.size();
        }
      }
      if (has_minute && WordEndsAt(text, i) && !(i < text.size() && text[i] == u':')) {
        *normalized = Format("%02d:%02d", hour, minute);
        return i;
      }
    }
  }
  // A bare year after a preposition: in 2024, since 2019.
  if (WordStartsAt(text, pos) && IsAsciiDigit(text[pos])) {
    if (size_t j = ReadDigits(text, pos, 4, &year); j == pos + 4 && WordEndsAt(text, j) && year >= 1900 && year <= 2099) {
      for (std::u16string_view lead : kYearLeads) {
        if (EndsAt(text, pos, lead) && (pos == lead.size() || !IsWordChar(text[pos - lead.size() - 1]))) {
          if (j < text.size() && (text[j] == u'%' || (text[j] == u',' && j + 1 < text.size() && IsAsciiDigit(text[j + 1])))) break;
          *normalized = Format("%04d", year);
          return j;
        }
      }
    }
  }
  // Relative dates.
  struct Relative { std::u16string_view text; };
  static constexpr std::u16string_view kRelative[] = {u"today", u"yesterday", u"tomorrow", u"tonight", u"last week",
                                              u"last month", u"last year", u"next week", u"next month", u"next year",
                                              u"this week", u"this month", u"this year", u"Today", u"Yesterday",
                                              u"Tomorrow", u"Tonight", u"Last year", u"Next year", u"This year"};
  if (WordStartsAt(text, pos)) {
    for (std::u16string_view r : kRelative) {
      if (At(text, pos, r) && WordEndsAt(text, pos + r.size())) {
        normalized->clear();
        return pos + r.size();
      }
    }
  }
  return 0;
}

// ISO dates: 2026-03-12, 2026/3/12.
size_t ReadIsoDate(std::u16string_view text, size_t pos, std::u16string* normalized) {
  if (!WordStartsAt(text, pos)) return 0;
  int year = 0, month = 0, day = 0;
  size_t i = ReadDigits(text, pos, 4, &year);
  if (i != pos + 4 || i >= text.size() || (text[i] != u'-' && text[i] != u'/')) return 0;
  const char16_t sep = text[i];
  size_t j = ReadDigits(text, i + 1, 2, &month);
  if (j == 0 || month < 1 || month > 12 || j >= text.size() || text[j] != sep) return 0;
  size_t k = ReadDigits(text, j + 1, 2, &day);
  if (k == 0 || day < 1 || day > 31 || !WordEndsAt(text, k)) return 0;
  *normalized = Format("%04d-%02d-%02d", year, month, day);
  return k;
}

}  // namespace

void FindDates(std::u16string_view text, std::vector<Annotation>* out) {
  size_t i = 0;
  while (i < text.size()) {
    std::u16string normalized;
    size_t start = i;
    // Each reader starts only where its dates can: digits, Han characters, Latin letters.
    const char16_t c = text[i];
    const bool digit = IsDigit(c);
    size_t end = IsAsciiDigit(c) ? ReadIsoDate(text, i, &normalized) : 0;
    if (end == 0 && (digit || IsHan(c))) end = ReadZhDate(text, i, &normalized);
    // Every English reader starts at a word start: inside a word none is tried.
    if (end == 0 && (IsAsciiDigit(c) || IsAsciiLetter(c)) && WordStartsAt(text, i)) {
      end = ReadEnDate(text, i, &normalized, &start);
    }
    if (end > i) {
      Annotation a;
      a.start = static_cast<uint32_t>(start);
      a.end = static_cast<uint32_t>(end);
      a.kind = AnnotationKind::kDate;
      a.normalized = std::move(normalized);
      out->push_back(std::move(a));
      i = end;
      continue;
    }
    if (IsDigit(text[i])) {
      while (i < text.size() && IsDigit(text[i])) ++i;
    } else {
      ++i;
    }
  }
}

}  // namespace precis::annotate
