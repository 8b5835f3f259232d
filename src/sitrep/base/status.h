// Status and StatusOr: the error currency at every module boundary.
//
// Follows absl's names (ok(), code(), message(), kInvalidArgument, ...) so the
// code reads like the well-known model without depending on abseil. No exception
// crosses a module boundary: wrappers of throwing libraries convert at the edge
// and return a Status. Both types are cheap to move and [[nodiscard]].
#ifndef SITREP_BASE_STATUS_H_
#define SITREP_BASE_STATUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace sitrep {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,
  kNotFound,
  kAlreadyExists,
  kDataLoss,
  kFailedPrecondition,
  kUnavailable,
  kInternal,
  kUnimplemented,
  kAborted,  // a concurrent change won; retry from a fresh read
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // Returns "CODE: message", or "OK".
  std::string ToString() const;
  // Returns a copy whose message is "context: message"; OK stays OK.
  Status WithContext(std::string_view context) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status OkStatus() { return Status(); }
inline Status InvalidArgumentError(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status NotFoundError(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status DataLossError(std::string m) { return {StatusCode::kDataLoss, std::move(m)}; }
inline Status FailedPreconditionError(std::string m) { return {StatusCode::kFailedPrecondition, std::move(m)}; }
inline Status UnavailableError(std::string m) { return {StatusCode::kUnavailable, std::move(m)}; }
inline Status InternalError(std::string m) { return {StatusCode::kInternal, std::move(m)}; }
inline Status UnimplementedError(std::string m) { return {StatusCode::kUnimplemented, std::move(m)}; }
inline Status AbortedError(std::string m) { return {StatusCode::kAborted, std::move(m)}; }

// Holds either a value or a non-OK Status.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(const Status& status) : status_(status) {}  // NOLINT: implicit by design
  StatusOr(Status&& status) : status_(std::move(status)) {}  // NOLINT
  StatusOr(const T& value) : value_(value) {}  // NOLINT
  StatusOr(T&& value) : value_(std::move(value)) {}  // NOLINT

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok().
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace sitrep

#define SITREP_STATUS_CONCAT_INNER_(a, b) a##b
#define SITREP_STATUS_CONCAT_(a, b) SITREP_STATUS_CONCAT_INNER_(a, b)

#define SITREP_RETURN_IF_ERROR(expr)                   \
  do {                                                 \
    ::sitrep::Status sitrep_status_ = (expr);          \
    if (!sitrep_status_.ok()) return sitrep_status_;   \
  } while (0)

#define SITREP_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                  \
  if (!tmp.ok()) return tmp.status();                 \
  lhs = std::move(tmp).value()

#define SITREP_ASSIGN_OR_RETURN(lhs, expr) \
  SITREP_ASSIGN_OR_RETURN_IMPL_(SITREP_STATUS_CONCAT_(sitrep_statusor_, __LINE__), lhs, expr)

// For programmer errors only; user input never trips it.
#define SITREP_CHECK(cond)                                                     \
  do {                                                                         \
    if (!(cond)) ::sitrep::internal::CheckFailed(#cond, __FILE__, __LINE__);   \
  } while (0)

namespace sitrep::internal {
[[noreturn]] void CheckFailed(const char* cond, const char* file, int line);
}  // namespace sitrep::internal

#endif  // SITREP_BASE_STATUS_H_
