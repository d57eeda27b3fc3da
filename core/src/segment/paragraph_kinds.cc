// Paragraph kinds from surface cues only: Markdown and numbered headings, short lines without
// final punctuation, image markup and placeholders, bullets and enumerators.
#include "segment/paragraph_kinds.h"

#include <array>

#include "segment/punctuation.h"
#include "text/utf16.h"

namespace precis::segment {
namespace {

bool IsCjkNumeral(char16_t c) {
  static constexpr std::u16string_view kNumerals = u"一二三四五六七八九十百零〇壹貳贰參叁肆伍陸陆柒捌玖拾";
  return kNumerals.find(c) != std::u16string_view::npos;
}

bool IsAsciiOrWideDigit(char16_t c) { return (c >= u'0' && c <= u'9') || (c >= 0xFF10 && c <= 0xFF19); }

bool IsBullet(char16_t c) {
  static constexpr std::u16string_view kBullets = u"-*+•·‧∙⁃▪▫◦●○■□◆◇►▶➢✓✔★☆";
  return kBullets.find(c) != std::u16string_view::npos;
}

bool StartsWithIgnoringCase(std::u16string_view text, std::u16string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char16_t a = text[i];
    if (a >= u'A' && a <= u'Z') a = a - u'A' + u'a';
    if (a != prefix[i]) return false;
  }
  return true;
}

// Words that name a picture or video in the placeholders editors and scrapers leave behind.
bool StartsWithImageWord(std::u16string_view inner) {
  static constexpr std::array<std::u16string_view, 18> kWords = {
      u"image", u"img", u"photo", u"picture", u"figure", u"video", u"圖片", u"图片", u"圖像",
      u"图像", u"照片", u"相片", u"影片", u"視頻", u"视频", u"插圖", u"插图", u"圖"};
  for (auto word : kWords) {
    if (StartsWithIgnoringCase(inner, word)) return true;
  }
  return inner == u"图";
}

bool IsImage(std::u16string_view line) {
  // Markdown image: ![alt](url), possibly with a title.
  if (line.size() >= 5 && line.substr(0, 2) == u"![" && line.back() == u')' &&
      line.find(u"](") != std::u16string_view::npos) {
    return true;
  }
  if (StartsWithIgnoringCase(line, u"<img") && line.back() == u'>') return true;
  // A bracketed placeholder: [圖片], [image: caption], 【圖】, (圖片來源：...).
  if (line.size() >= 3) {
    char32_t close = ClosingPartner(line.front());
    if (close != 0 && IsOpeningBracket(line.front()) && line.back() == close &&
        line.find(static_cast<char16_t>(close)) == line.size() - 1) {
      return StartsWithImageWord(line.substr(1, line.size() - 2));
    }
  }
  return false;
}

bool HasTerminatorOutsideNumbers(std::u16string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    char32_t c = line[i];
    if (!IsTerminator(c)) continue;
    // 3.5, v2.1 and the "1." of an enumerator are not sentence ends.
    bool digit_before = i > 0 && IsDigit(line[i - 1]);
    bool digit_after = i + 1 < line.size() && IsDigit(line[i + 1]);
    if (IsFullStop(c) && (digit_after || (digit_before && i <= 3))) continue;
    return true;
  }
  return false;
}

size_t WordCount(std::u16string_view line) {
  size_t words = 0;
  bool in_word = false;
  for (char16_t c : line) {
    bool space = text::IsSpace(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool HasCjk(std::u16string_view line) {
  for (char16_t c : line) {
    if (IsCjk(c)) return true;
  }
  return false;
}

bool IsShortTitleLine(std::u16string_view line) {
  if (HasTerminatorOutsideNumbers(line)) return false;
  // A line that leads into what follows (a colon, a comma) is not a title.
  static constexpr std::u16string_view kLeading = u",，、:：;；-—–(（[「“\"'";
  if (kLeading.find(line.back()) != std::u16string_view::npos) return false;
  // A numbered section title ("02 深度解析：…") may run longer than an unnumbered one.
  bool numbered = IsAsciiOrWideDigit(line[0]) && line.size() > 3;
  if (HasCjk(line)) return line.size() <= (numbered ? 50u : 30u);
  return line.size() <= 80 && WordCount(line) <= 12;
}

}  // namespace

size_t ListMarkerLength(std::u16string_view line) {
  if (line.empty()) return 0;
  size_t i = 0;
  const size_t n = line.size();
  auto space_at = [&](size_t k) { return k < n && text::IsSpace(line[k]); };
  // Bullets: "- item", "• item", and "⁃9." style bullet-then-number.
  if (IsBullet(line[0])) {
    if (space_at(1)) return 2;
    if (line[0] != u'-' && line[0] != u'*' && line[0] != u'+' && n > 1 && !text::IsSpace(line[1])) {
      return 1;
    }
    return 0;
  }
  // Circled numbers ①–⑳ and parenthesized ⑴–⒇.
  if ((line[0] >= 0x2460 && line[0] <= 0x2487)) return space_at(1) ? 2 : 1;
  // (1) (a) （一） 
  if (line[0] == u'(' || line[0] == 0xFF08) {
    char16_t close = line[0] == u'(' ? u')' : 0xFF09;
    size_t k = 1;
    while (k < n && k <= 4 && (IsAsciiOrWideDigit(line[k]) || IsCjkNumeral(line[k]))) ++k;
    if (k == 1 && k < n && ((line[k] >= u'a' && line[k] <= u'z') || (line[k] >= u'A' && line[k] <= u'Z'))) ++k;
    if (k > 1 && k < n && line[k] == close) return space_at(k + 1) ? k + 2 : k + 1;
    return 0;
  }
  // 1. 1) 1.) 1、 一、 a. a)
  while (i < n && i < 3 && IsAsciiOrWideDigit(line[i])) ++i;
  if (i == 0) {
    while (i < n && i < 3 && IsCjkNumeral(line[i])) ++i;
    if (i > 0 && i < n && (line[i] == u'、' || line[i] == 0xFF0E)) return space_at(i + 1) ? i + 2 : i + 1;
    if (i > 0) return 0;
    if ((line[0] >= u'a' && line[0] <= u'z') || (line[0] >= u'A' && line[0] <= u'Z')) {
      i = 1;
      if (i < n && (line[i] == u'.' || line[i] == u')')) {
        size_t k = i + 1;
        if (line[i] == u'.' && k < n && line[k] == u')') ++k;
        return space_at(k) ? k + 1 : 0;
      }
    }
    return 0;
  }
  if (i >= n) return 0;
  if (line[i] == u'、') return space_at(i + 1) ? i + 2 : i + 1;
  if (line[i] == u'.' || line[i] == 0xFF0E || line[i] == u')' || line[i] == 0xFF09) {
    size_t k = i + 1;
    if ((line[i] == u'.' || line[i] == 0xFF0E) && k < n && (line[k] == u')' || line[k] == 0xFF09)) ++k;
    // "1.5 million" is a number, not an enumerator.
    if (k < n && IsDigit(line[k])) return 0;
    if (space_at(k)) return k + 1;
    if (k < n && (line[i] != u'.' || IsCjk(line[k]))) return k;
  }
  return 0;
}

bool OpensWithSectionNumber(std::u16string_view line) {
  size_t i = 0;
  if (!line.empty() && line[0] == u'第') {
    i = 1;
    while (i < line.size() && (IsAsciiOrWideDigit(line[i]) || IsCjkNumeral(line[i]))) ++i;
    static constexpr std::u16string_view kSections = u"章節节部編编篇回講讲";
    // The section word ends the line or a space follows it: 第１章　はじめに, not 第三回の会議.
    return i > 1 && i < line.size() && kSections.find(line[i]) != std::u16string_view::npos &&
           (i + 1 == line.size() || text::IsSpace(line[i + 1]));
  }
  while (i < line.size() && i < 3 && IsAsciiOrWideDigit(line[i])) ++i;
  return i > 0 && i < line.size() && text::IsSpace(line[i]);
}

ParagraphKind ClassifyParagraph(std::u16string_view line) {
  if (line.empty()) return ParagraphKind::kBody;
  if (IsImage(line)) return ParagraphKind::kImage;
  // Markdown ATX heading: one to six # and a space.
  size_t hashes = 0;
  while (hashes < line.size() && hashes < 7 && line[hashes] == u'#') ++hashes;
  if (hashes >= 1 && hashes <= 6 && hashes < line.size() && text::IsSpace(line[hashes])) {
    return ParagraphKind::kHeading;
  }
  if (ListMarkerLength(line) > 0) return ParagraphKind::kListItem;
  // Short lines without final punctuation, numbered ("01 行業巨頭發聲") or not, are titles.
  if (IsShortTitleLine(line)) return ParagraphKind::kHeading;
  return ParagraphKind::kBody;
}

}  // namespace precis::segment
