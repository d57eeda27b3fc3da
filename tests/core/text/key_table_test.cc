// The open-addressing key table: ids found by key, absent keys, growth past the expected size.
#include "text/key_table.h"

#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace precis::text {
namespace {

// Keys kept by the caller, as the table expects: the table holds only hashes and ids.
struct Keys {
  std::vector<std::u16string> keys;
  KeyTable table;

  explicit Keys(size_t expected) : table(expected) {}

  uint32_t Find(std::u16string_view key) const {
    return table.Find(key, KeyTable::Hash(key), [this](uint32_t id) { return keys[id]; });
  }
  uint32_t Add(std::u16string key) {
    const uint32_t id = static_cast<uint32_t>(keys.size());
    table.Add(KeyTable::Hash(key), id);
    keys.push_back(std::move(key));
    return id;
  }
};

TEST(KeyTable, FindsEachStoredKeyAndNothingElse) {
  Keys keys(4);
  const uint32_t chip = keys.Add(u"芯片");
  const uint32_t nvidia = keys.Add(u"英偉達");
  const uint32_t empty = keys.Add(u"");
  EXPECT_EQ(keys.Find(u"芯片"), chip);
  EXPECT_EQ(keys.Find(u"英偉達"), nvidia);
  EXPECT_EQ(keys.Find(u""), empty);
  EXPECT_EQ(keys.Find(u"芯"), KeyTable::kAbsent);
  EXPECT_EQ(keys.Find(u"英偉達 "), KeyTable::kAbsent);
}

TEST(KeyTable, GrowsPastTheExpectedSizeWithoutLosingKeys) {
  Keys keys(2);
  for (int i = 0; i < 5000; ++i) {
    keys.Add(u"k" + std::u16string(1, u'0' + i % 10) + std::u16string(i / 10 + 1, u'x'));
  }
  for (uint32_t id = 0; id < keys.keys.size(); ++id) EXPECT_EQ(keys.Find(keys.keys[id]), id);
  EXPECT_EQ(keys.Find(u"k0"), KeyTable::kAbsent);
}

}  // namespace
}  // namespace precis::text
