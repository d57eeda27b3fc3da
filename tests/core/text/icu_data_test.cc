// Tests core/src/text/icu_data.cc: which bytes ICU accepts as a data package, and that
// analyses keep working (with rebuilt iterators) after a further package arrives.
#include "text/icu_data.h"

#include <cstdint>
#include <cstring>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "precis/analyzer.h"
#include "../test_text.h"

namespace precis {
namespace {

using testing::AnalyzeOrDie;
using testing::Slices;
using testing::U16;
using ::testing::ElementsAre;

// A valid ICU common-data package holding no items: a 32-byte header ("CmnD", format 1,
// this machine's byte order) followed by a table of contents whose count is zero.
std::vector<uint8_t> EmptyPackage() {
  std::vector<uint8_t> bytes(36, 0);
  bytes[0] = 32;  // headerSize, little-endian (the platforms precis builds for)
  bytes[2] = 0xDA;
  bytes[3] = 0x27;
  bytes[4] = 20;  // sizeof(UDataInfo)
  bytes[8] = 0;   // isBigEndian
  bytes[9] = 0;   // charsetFamily: ASCII
  bytes[10] = 2;  // sizeof(UChar)
  std::memcpy(&bytes[12], "CmnD", 4);
  bytes[16] = 1;  // formatVersion 1
  return bytes;
}

TEST(IcuData, RefusesBytesThatAreNotAPackage) {
  const uint32_t before = text::IcuDataGeneration();
  std::vector<uint8_t> zeros(64, 0);
  EXPECT_FALSE(UseIcuData(zeros.data(), zeros.size()).ok());
  EXPECT_FALSE(UseIcuData(nullptr, 100).ok());
  EXPECT_EQ(text::IcuDataGeneration(), before);
}

TEST(IcuData, AnalysesKeepWorkingAfterAFurtherPackage) {
  const std::u16string text = U16("我們喜歡學習中文。Two words.");
  const Analysis before = AnalyzeOrDie(text);
  const uint32_t generation = text::IcuDataGeneration();
  static const std::vector<uint8_t> package = EmptyPackage();  // ICU keeps the pointer
  ASSERT_TRUE(UseIcuData(package.data(), package.size()).ok());
  EXPECT_EQ(text::IcuDataGeneration(), generation + 1);
  const Analysis after = AnalyzeOrDie(text);
  EXPECT_EQ(Slices(text, after.tokens), Slices(text, before.tokens));
  EXPECT_THAT(Slices(text, after.sentences), ElementsAre("我們喜歡學習中文。", "Two words."));
}

}  // namespace
}  // namespace precis
