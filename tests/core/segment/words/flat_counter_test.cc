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

}  // namespace
}  // namespace precis::segment::words
