// Status and Result<T>: how chidao reports errors a user can cause.
//
// A Status is a value: ok, or a code plus a message and (optionally) the file it is about.
// Libraries return Status / Result<T>; only cli/ turns them into text and exit codes, printed
// as "chidao: FILE: reason". Exceptions from dependencies are caught in the adapter that
// calls them and converted here, so none reaches the user.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace chidao {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // a flag value or query the user typed is wrong
  kNotFound,         // file, document or task does not exist
  kUnsupported,      // a file type chidao does not read
  kCorrupt,          // truncated or malformed input
  kEncrypted,        // password-protected input
  kTooLarge,         // input beyond a resource limit
  kTimeout,          // a per-page or per-file time limit was hit
  kIoError,          // the OS refused a read or write
  kAlreadyExists,    // e.g. re-import of the same bytes
  kInternal,         // a bug: should never be seen
};

class Status {
 public:
  Status() = default;  // ok

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string message) {
    return Status(StatusCode::kInvalidArgument, {}, std::move(message));
  }
  static Status NotFound(std::string path, std::string message) {
    return Status(StatusCode::kNotFound, std::move(path), std::move(message));
  }
  static Status Unsupported(std::string path, std::string message) {
    return Status(StatusCode::kUnsupported, std::move(path), std::move(message));
  }
  static Status Corrupt(std::string path, std::string message) {
    return Status(StatusCode::kCorrupt, std::move(path), std::move(message));
  }
  static Status Encrypted(std::string path, std::string message) {
    return Status(StatusCode::kEncrypted, std::move(path), std::move(message));
  }
  static Status TooLarge(std::string path, std::string message) {
    return Status(StatusCode::kTooLarge, std::move(path), std::move(message));
  }
  static Status Timeout(std::string path, std::string message) {
    return Status(StatusCode::kTimeout, std::move(path), std::move(message));
  }
  static Status IoError(std::string path, std::string message) {
    return Status(StatusCode::kIoError, std::move(path), std::move(message));
  }
  static Status AlreadyExists(std::string path, std::string message) {
    return Status(StatusCode::kAlreadyExists, std::move(path), std::move(message));
  }
  static Status Internal(std::string message) {
    return Status(StatusCode::kInternal, {}, std::move(message));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& path() const { return path_; }
  const std::string& message() const { return message_; }

  // Same status, naming `path` when it named none (adapters often learn the path late).
  Status WithPath(std::string path) const {
    Status s = *this;
    if (s.path_.empty()) s.path_ = std::move(path);
    return s;
  }

  // "FILE: reason" or just "reason"; one line, for the CLI's "chidao: " prefix.
  std::string ToString() const { return path_.empty() ? message_ : path_ + ": " + message_; }

 private:
  Status(StatusCode code, std::string path, std::string message)
      : code_(code), path_(std::move(path)), message_(std::move(message)) {}

  StatusCode code_ = StatusCode::kOk;
  std::string path_;
  std::string message_;
};

// A value or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}     // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace chidao
