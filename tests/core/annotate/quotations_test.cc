// Quotations: paired and straight marks inside a paragraph; apostrophes never pair.
#include "annotate/quotations.h"

#include <gtest/gtest.h>

#include "../test_text.h"
#include "segment/paragraphs.h"

namespace precis::annotate {
namespace {

using testing::U16;
using testing::U8;

std::vector<std::string> Quotes(const std::string& utf8) {
  const std::u16string text = U16(utf8);
  std::vector<Annotation> out;
  FindQuotations(text, segment::SplitParagraphs(text), &out);
  std::vector<std::string> found;
  for (const Annotation& a : out) found.push_back(U8(text.substr(a.start, a.end - a.start)));
  return found;
}

TEST(FindQuotations, PairsEveryKindOfMark) {
  EXPECT_EQ(Quotes("他說「我們『準備』好了」，又說“好”。\"Yes,\" she said. 'Fine' it is."),
            (std::vector<std::string>{"「我們『準備』好了」", "“好”", "\"Yes,\"", "'Fine'"}));
}

TEST(FindQuotations, NeverPairsApostrophes) {
  EXPECT_TRUE(Quotes("Nvidia's chips don't sell, the firm's rivals' plans").empty());
}

TEST(FindQuotations, NeverCrossesParagraphs) {
  EXPECT_TRUE(Quotes("「unclosed\nline」").empty());
}

}  // namespace
}  // namespace precis::annotate
