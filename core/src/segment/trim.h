// Trims blank characters off both ends of a span without ever splitting a surrogate pair.
#ifndef PRECIS_SEGMENT_TRIM_H_
#define PRECIS_SEGMENT_TRIM_H_

#include <cstdint>
#include <string_view>

#include "precis/analysis.h"

namespace precis::segment {

Span TrimSpace(std::u16string_view text, uint32_t start, uint32_t end);

}  // namespace precis::segment

#endif  // PRECIS_SEGMENT_TRIM_H_
