// Tests of core/src/segment/words/ngram_ids.cc: dense ids for n-gram hashes.
#include "segment/words/ngram_ids.h"

#include <gtest/gtest.h>

#include <map>
#include <vector>

namespace precis::segment::words {
namespace {

TEST(NgramIds, GivesEachKeyOneIdInOrderOfFirstOccurrenceAndCountsItAcrossGrowth) {
  NgramIds ids(4);
  std::map<uint64_t, uint32_t> expected_ids;
  std::map<uint64_t, uint32_t> expected_counts;
  for (uint64_t i = 0; i < 5000; ++i) {
    const uint64_t key = (i * 7919) % 3001;  // repeats, and includes the key 0
    const uint32_t id = ids.Add(key);
    const auto [it, added] = expected_ids.emplace(key, static_cast<uint32_t>(expected_ids.size()));
    EXPECT_EQ(id, it->second) << key << (added ? " (new)" : "");
    ++expected_counts[key];
  }
  ASSERT_EQ(ids.size(), expected_ids.size());
  const std::vector<uint32_t>& counts = ids.Counts();
  ASSERT_EQ(counts.size(), expected_ids.size());
  for (const auto& [key, id] : expected_ids) EXPECT_EQ(counts[id], expected_counts[key]) << key;
}

TEST(NgramIds, KeepsTheAllOnesKeyApartFromOrdinaryKeys) {
  NgramIds ids;
  const uint32_t all_ones = ids.Add(~uint64_t{0});
  EXPECT_EQ(ids.Add(1), all_ones + 1);
  EXPECT_EQ(ids.Add(~uint64_t{0}), all_ones);
  EXPECT_EQ(ids.Counts(), (std::vector<uint32_t>{2, 1}));
}

TEST(NgramHash, DistinguishesLengthsAndOrder) {
  const uint64_t a = ExtendNgramHash(kNgramHashBasis, U'英');
  const uint64_t ab = ExtendNgramHash(a, U'偉');
  const uint64_t ba = ExtendNgramHash(ExtendNgramHash(kNgramHashBasis, U'偉'), U'英');
  EXPECT_NE(FinishNgramHash(ab, 2), FinishNgramHash(ba, 2));
  EXPECT_NE(FinishNgramHash(a, 1), FinishNgramHash(a, 2));
}

}  // namespace
}  // namespace precis::segment::words
