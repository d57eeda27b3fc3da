// Counts the ICU data packages handed over with UseIcuData, so that cached break iterators
// can tell when a later package (such as the Southeast Asian dictionaries) has arrived.
#ifndef PRECIS_TEXT_ICU_DATA_H_
#define PRECIS_TEXT_ICU_DATA_H_

#include <cstdint>

namespace precis::text {

// Grows by one with every package ICU accepts; iterators built before a change have
// already given up on dictionaries they could not find, so they must be rebuilt.
uint32_t IcuDataGeneration();

}  // namespace precis::text

#endif  // PRECIS_TEXT_ICU_DATA_H_
