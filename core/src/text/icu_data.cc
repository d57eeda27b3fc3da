// Points ICU at an in-memory data package (the wasm build carries no data of its own).
#include <unicode/udata.h>

#include "precis/analyzer.h"

namespace precis {

Status UseIcuData(const void* bytes, size_t size) {
  // An ICU .dat package starts with a header whose bytes 2 and 3 are the magic 0xDA 0x27.
  const auto* header = static_cast<const unsigned char*>(bytes);
  if (bytes == nullptr || size < 32 || header[2] != 0xDA || header[3] != 0x27) {
    return Status(StatusCode::kInvalidArgument, "the ICU data is not an ICU .dat package");
  }
  UErrorCode status = U_ZERO_ERROR;
  udata_setCommonData(bytes, &status);
  if (U_FAILURE(status)) {
    return Status(StatusCode::kIcuError, std::string("ICU refused the data: ") + u_errorName(status));
  }
  return Status::Ok();
}

}  // namespace precis
