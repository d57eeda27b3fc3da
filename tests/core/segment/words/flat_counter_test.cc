// Tests of core/src/segment/words/flat_counter.cc: the n-gram count table.
#include "segment/words/flat_counter.h"

#include <gtest/gtest.h>

#include <map>

namespace precis::segment::words {
namespace {

TEST(FlatCounter, CountsAndGrowsWithoutLosingKeys) {
  FlatCounter counter(4);
  std::map<uint64_t, uint32_t> expected;
  for (uint64_t i = 0; i < 5000; ++i) {
    const uint64_t key = (i * 7919) % 3001;  // repeats, and includes the key 0
    ++counter[key];
    ++expected[key];
  }
  EXPECT_EQ(counter.size(), expected.size());
  for (const auto& [key, count] : expected) EXPECT_EQ(counter.Get(key), count) << key;
  EXPECT_EQ(counter.Get(999999), 0u);
  size_t visited = 0;
  counter.ForEach([&](uint64_t key, uint32_t count) {
    EXPECT_EQ(expected[key], count);
    ++visited;
  });
  EXPECT_EQ(visited, expected.size());
}

TEST(FlatCounter, FindsEntriesWhoseMarkPersists) {
  FlatCounter counter(4);
  ++counter[7];
  ++counter[7];
  EXPECT_EQ(counter.Find(8), nullptr);
  FlatCounter::Entry* entry = counter.Find(7);
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->count, 2u);
  EXPECT_EQ(entry->mark, 0u);
  entry->mark = 5;
  for (uint64_t key = 100; key < 200; ++key) ++counter[key];  // grows: entries move, marks go along
  ASSERT_NE(counter.Find(7), nullptr);
  EXPECT_EQ(counter.Find(7)->mark, 5u);
  EXPECT_EQ(counter.Find(7)->count, 2u);
}

}  // namespace
}  // namespace precis::segment::words
