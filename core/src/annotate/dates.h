// Finds dates and times in Chinese and English (2024年, 11月5日, 2026年3月12日, 2028年第二季,
// March 4, mid-2027, Tuesday, 下午3時, 3 p.m.) with ISO 8601-like normalized values.
#ifndef PRECIS_ANNOTATE_DATES_H_
#define PRECIS_ANNOTATE_DATES_H_

#include <string_view>
#include <vector>

#include "precis/annotation.h"

namespace precis::annotate {

// Appends one annotation per date or time, in text order, none overlapping.
void FindDates(std::u16string_view text, std::vector<Annotation>* out);

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_DATES_H_
