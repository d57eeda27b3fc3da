// The segmenter's paragraph kinds (heading, image) plus our own checks: short lone lines
// without closing punctuation are headings; photo credits and image placeholders are images.
#include "rank/line_kinds.h"

#include <unicode/uchar.h>

#include "lexicon/term_key.h"
#include "text/word_length.h"

namespace precis::rank {
namespace {

bool EndsLikeSentence(std::u16string_view line) {
  // Closing quotes and brackets may follow the final mark.
  size_t i = line.size();
  while (i > 0 && (u_hasBinaryProperty(line[i - 1], UCHAR_QUOTATION_MARK) || line[i - 1] == u')' ||
                   line[i - 1] == u'）' || line[i - 1] == u'」' || line[i - 1] == u'』')) {
    --i;
  }
  if (i == 0) return false;
  switch (line[i - 1]) {
    case u'.': case u'!': case u'?': case u'。': case u'！': case u'？': case u'…':
    case u'；': case u';': case u'：': case u':': case u'，': case u',':
      return true;
    default:
      return false;
  }
}

bool StartsWithAny(std::u16string_view key, std::initializer_list<std::u16string_view> prefixes) {
  for (std::u16string_view prefix : prefixes) {
    if (key.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

bool IsImageLine(std::u16string_view line) {
  const std::u16string key = lexicon::TermKey(line);
  if (key.find(u"![") != std::u16string::npos) return true;
  if (key == u"[图片]" || key == u"[圖片]" || key == u"(图片)" || key == u"(圖片)") return true;
  return StartsWithAny(key, {u"图片来源", u"圖片來源", u"图源", u"圖源", u"图片:", u"圖片:",
                             u"图/", u"圖/", u"图:", u"圖:", u"摄影:", u"攝影:", u"photo:",
                             u"photograph:", u"image:", u"picture:", u"pictured:", u"credit:",
                             u"(photo", u"(image", u"(picture", u"photo credit"});
}

bool IsHeadingLine(std::u16string_view line, const Analysis& analysis, uint32_t paragraph,
                   uint32_t sentences_in_paragraph) {
  if (!line.empty() && line[0] == u'#') return true;
  if (sentences_in_paragraph != 1 || EndsLikeSentence(line)) return false;
  // A lone short line that a longer one follows, or the article's first line (its title).
  const double words = text::LengthInWords(line);
  if (words > 20) return false;
  const bool last = paragraph + 1 == analysis.paragraphs.size();
  return !last || paragraph == 0;
}

}  // namespace

std::vector<LineKind> ClassifyLines(std::u16string_view text, const Analysis& analysis) {
  std::vector<uint32_t> sentence_counts(analysis.paragraphs.size(), 0);
  for (const Sentence& s : analysis.sentences) {
    if (s.paragraph < sentence_counts.size()) ++sentence_counts[s.paragraph];
  }
  std::vector<LineKind> kinds(analysis.paragraphs.size(), LineKind::kBody);
  // One paragraph alone is the article, whatever its shape.
  if (analysis.paragraphs.size() < 2) return kinds;
  for (uint32_t p = 0; p < analysis.paragraphs.size(); ++p) {
    const Paragraph& paragraph = analysis.paragraphs[p];
    const std::u16string_view line = text.substr(paragraph.start, paragraph.end - paragraph.start);
    // The segmenter's paragraph kinds first; photo credits and captions are ours.
    if (paragraph.kind == ParagraphKind::kImage || IsImageLine(line)) {
      kinds[p] = LineKind::kImage;
    } else if (paragraph.kind == ParagraphKind::kHeading ||
               (paragraph.kind == ParagraphKind::kBody && IsHeadingLine(line, analysis, p, sentence_counts[p]))) {
      kinds[p] = LineKind::kHeading;
    }
  }
  return kinds;
}

}  // namespace precis::rank
