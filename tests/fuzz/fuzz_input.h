// Turns the fuzzer's bytes into text two ways: as UTF-16 code units (anything, lone
// surrogates included) and as UTF-8 (invalid sequences become U+FFFD, as a browser would).
#ifndef PRECIS_TESTS_FUZZ_FUZZ_INPUT_H_
#define PRECIS_TESTS_FUZZ_FUZZ_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace precis::fuzz {

// Little-endian pairs of bytes; an odd last byte is dropped.
std::u16string TextFromUtf16Bytes(const uint8_t* data, size_t size);

// UTF-8 decoding where every ill-formed sequence becomes U+FFFD.
std::u16string TextFromUtf8Bytes(const uint8_t* data, size_t size);

}  // namespace precis::fuzz

#endif  // PRECIS_TESTS_FUZZ_FUZZ_INPUT_H_
