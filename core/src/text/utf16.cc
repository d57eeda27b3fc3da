// Character classes over ICU's properties.
#include "text/utf16.h"

#include <unicode/uchar.h>

namespace precis::text {

bool IsSpace(char32_t c) {
  // Zero-width space, BOM and controls other than line breaks also count as blank.
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x200B || c == 0xFEFF ||
         (c < 0x20) || (c >= 0x7F && c <= 0x9F);
}

}  // namespace precis::text
