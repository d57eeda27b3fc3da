// Errors as values: every fallible core call returns a Status instead of throwing,
// so that nothing (no exception, no abort) ever crosses the WebAssembly boundary.
#ifndef PRECIS_STATUS_H_
#define PRECIS_STATUS_H_

#include <string>
#include <utility>

namespace precis {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument = 1,
  kInputTooLarge = 2,
  kIcuError = 3,
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

}  // namespace precis

#endif  // PRECIS_STATUS_H_
