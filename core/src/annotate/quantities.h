// Finds quantities: numbers with units, currencies and percents, in Chinese and English
// (新台幣50億元, 9000億元, 三千萬, 400家, $1.2 billion, 14.5%, 400-megawatt).
#ifndef PRECIS_ANNOTATE_QUANTITIES_H_
#define PRECIS_ANNOTATE_QUANTITIES_H_

#include <string_view>
#include <vector>

#include "precis/annotation.h"

namespace precis::annotate {

// Appends one annotation per quantity, in text order, none overlapping.
void FindQuantities(std::u16string_view text, std::vector<Annotation>* out);

}  // namespace precis::annotate

#endif  // PRECIS_ANNOTATE_QUANTITIES_H_
