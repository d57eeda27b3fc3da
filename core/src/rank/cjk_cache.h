// text::IsCjkChar remembered per BMP code unit as it is first asked: the bigram pass asks at
// every character of the article, and each ICU script lookup costs far more than a bit test.
#ifndef PRECIS_RANK_CJK_CACHE_H_
#define PRECIS_RANK_CJK_CACHE_H_

#include <bitset>

#include "text/word_length.h"

namespace precis::rank {

// Same answer as text::IsCjkChar(c); the script property is compiled into ICU's code, so it
// never changes while the process runs.
inline bool IsCjkCharCached(char32_t c) {
  if (c > 0xFFFF) return text::IsCjkChar(c);
  struct Cache {
    std::bitset<0x10000> known;
    std::bitset<0x10000> cjk;
  };
  thread_local Cache cache;  // per thread: analyzers may run on several
  if (!cache.known.test(c)) {
    cache.known.set(c);
    cache.cjk.set(c, text::IsCjkChar(c));
  }
  return cache.cjk.test(c);
}

}  // namespace precis::rank

#endif  // PRECIS_RANK_CJK_CACHE_H_
