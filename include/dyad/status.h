// dyad's one error model: a [[nodiscard]] Status and Result<T>.
//
// Bad input (a malformed file, an unreadable path, a dictionary syntax error) is reported with a Status whose
// message names the file and the line or byte offset. Broken invariants inside the library are programmer
// errors and are checked with assert(), never reported as Status. No exception escapes the library.
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace dyad {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // bad input: the message names where (file:line, byte offset)
  kNotFound,         // a file, dictionary or record that does not exist
  kIOError,          // the operating system refused a read or write
  kCorruption,       // a stored or compiled artefact is damaged
  kUnsupported,      // well-formed input that dyad does not handle (yet)
  kInternal,         // a dependency failed in a way dyad cannot explain
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(StatusCode::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) { return Status(StatusCode::kNotFound, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(StatusCode::kIOError, std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(StatusCode::kCorruption, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(StatusCode::kUnsupported, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(StatusCode::kInternal, std::move(msg)); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "invalid argument: file.jsonl:12: expected '}'", or "OK".
  std::string ToString() const;

  // Prefixes the message with context ("dict/verbs.txt:40: " + message); OK stays OK.
  Status WithContext(std::string_view context) const;

 private:
  Status(StatusCode code, std::string msg) : code_(code), message_(std::move(msg)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a non-OK Status. Accessing value() of an error is a programmer error.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design, like absl::StatusOr
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "Result constructed from an OK Status without a value");
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  T& value() & {
    assert(ok());
    return *value_;
  }
  const T& value() const& {
    assert(ok());
    return *value_;
  }
  T&& value() && {
    assert(ok());
    return std::move(*value_);
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace dyad

#define DYAD_CONCAT_INNER_(a, b) a##b
#define DYAD_CONCAT_(a, b) DYAD_CONCAT_INNER_(a, b)

// Returns the Status from the enclosing function when `expr` is not OK.
#define DYAD_RETURN_IF_ERROR(expr)               \
  do {                                           \
    ::dyad::Status dyad_status_ = (expr);        \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)

// `DYAD_ASSIGN_OR_RETURN(auto x, Foo());` declares x from a Result or returns its Status.
#define DYAD_ASSIGN_OR_RETURN(lhs, expr) \
  DYAD_ASSIGN_OR_RETURN_IMPL_(DYAD_CONCAT_(dyad_result_, __LINE__), lhs, expr)
#define DYAD_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                \
  if (!tmp.ok()) return tmp.status();               \
  lhs = std::move(tmp).value()

#endif  // DYAD_STATUS_H_
