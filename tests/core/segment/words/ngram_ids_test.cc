// Tests of core/src/segment/words/ngram_ids.cc: dense ids for n-gram hashes.
#include "segment/words/ngram_ids.h"

#include <gtest/gtest.h>

#include <map>

namespace precis::segment::words {
namespace {

TEST(NgramIds, GivesEachKeyOneIdInOrderOfFirstRequestAcrossGrowth) {
  NgramIds ids(4);
  std::map<uint64_t, uint32_t> expected;
  for (uint64_t i = 0; i < 5000; ++i) {
    const uint64_t key = (i * 7919) % 3001;  // repeats, and includes the key 0
    const uint32_t id = ids.IdOf(key);
    const auto [it, added] = expected.emplace(key, static_cast<uint32_t>(expected.size()));
    EXPECT_EQ(id, it->second) << key << (added ? " (new)" : "");
  }
  EXPECT_EQ(ids.size(), expected.size());
  for (const auto& [key, id] : expected) EXPECT_EQ(ids.IdOf(key), id) << key;
  EXPECT_EQ(ids.size(), expected.size());
}

TEST(NgramIds, KeepsTheAllOnesKeyApartFromOrdinaryKeys) {
  NgramIds ids;
  const uint32_t all_ones = ids.IdOf(~uint64_t{0});
  EXPECT_EQ(ids.IdOf(1), all_ones + 1);
  EXPECT_EQ(ids.IdOf(~uint64_t{0}), all_ones);
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
