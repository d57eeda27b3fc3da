// Points ICU at an in-memory data package (the wasm build carries no data of its own).
#include "text/icu_data.h"

#include <unicode/udata.h>

#include <atomic>

#include "precis/analyzer.h"

namespace precis {
namespace {
std::atomic<uint32_t> icu_data_generation{0};
}  // namespace

uint32_t text::IcuDataGeneration() { return icu_data_generation.load(); }

Status UseIcuData(const void* bytes, size_t size) {
  // An ICU .dat package starts with a header whose bytes 2 and 3 are the magic 0xDA 0x27.
  const auto* header = static_cast<const unsigned char*>(bytes);
  if (bytes == nullptr || size < 32 || header[2] != 0xDA || header[3] != 0x27) {
    return Status(StatusCode::kInvalidArgument, "the ICU data is not an ICU .dat package");
  }
  UErrorCode status = U_ZERO_ERROR;
  // ICU keeps up to ten packages and searches them in the order they were given.
  udata_setCommonData(bytes, &status);
  if (U_FAILURE(status)) {
    return Status(StatusCode::kIcuError, std::string("ICU refused the data: ") + u_errorName(status));
  }
  icu_data_generation.fetch_add(1);
  return Status::Ok();
}

}  // namespace precis
