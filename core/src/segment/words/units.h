// The small lexicon that number refinement needs: Chinese numeral characters, magnitudes and
// the units, measure words and date parts that may follow a number (both scripts).
#ifndef PRECIS_SEGMENT_WORDS_UNITS_H_
#define PRECIS_SEGMENT_WORDS_UNITS_H_

#include <cstddef>
#include <string_view>

namespace precis::segment::words {

// 〇 一 二 ... 九, 兩/两 and the financial forms 壹 貳 ...: a digit of a Chinese numeral.
bool IsChineseDigit(char32_t c);

// 十 百 千 萬/万 億/亿 兆 (and the financial forms): a magnitude of a Chinese numeral.
bool IsChineseMagnitude(char32_t c);

// 0-9 and the full-width ０-９.
inline bool IsAsciiOrWideDigit(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= 0xFF10 && c <= 0xFF19);
}

enum class UnitKind {
  kNone,
  kYear,     // 年
  kMonth,    // 月
  kDay,      // 日 號 号
  kHour,     // 時 时 點 点: the hour of a clock time (10時), a date part in every standard
  kMinute,   // 分 after an hour (10時30分); MatchUnit never returns it
  kSecond,   // 秒 after a minute; MatchUnit never returns it
  kMeasure,    // currencies, measure words, lengths, weights, durations, 倍
  kPercent,    // % ‰ ％: part of the number in every standard
  kMagnitude,  // no unit, only a magnitude (9000億) or an ordinal (第二)
};

struct UnitMatch {
  size_t length = 0;  // UTF-16 code units; 0 when no unit starts here
  UnitKind kind = UnitKind::kNone;
};

// The longest unit that starts at text[at].
UnitMatch MatchUnit(std::u16string_view text, size_t at);

}  // namespace precis::segment::words

#endif  // PRECIS_SEGMENT_WORDS_UNITS_H_
