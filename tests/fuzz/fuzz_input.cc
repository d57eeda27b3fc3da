// Byte-to-text conversions for the fuzz targets; ICU does the UTF-8 decoding.
#include "fuzz_input.h"

#include <unicode/ustring.h>

namespace precis::fuzz {

std::u16string TextFromUtf16Bytes(const uint8_t* data, size_t size) {
  std::u16string text(size / 2, u'\0');
  for (size_t i = 0; i < text.size(); ++i) {
    text[i] = static_cast<char16_t>(data[2 * i] | (data[2 * i + 1] << 8));
  }
  return text;
}

std::u16string TextFromUtf8Bytes(const uint8_t* data, size_t size) {
  // A UTF-8 input never needs more UTF-16 code units than it has bytes.
  std::u16string text(size, u'\0');
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8WithSub(text.data(), static_cast<int32_t>(text.size()), &length,
                       reinterpret_cast<const char*>(data), static_cast<int32_t>(size), 0xFFFD,
                       nullptr, &status);
  if (U_FAILURE(status)) return std::u16string();
  text.resize(static_cast<size_t>(length));
  return text;
}

}  // namespace precis::fuzz
