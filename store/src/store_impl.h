// Internal to chidao::store. The state behind a Store handle, shared by the store_*.cpp files
// (one per group of operations), and the helpers they use to run SQL safely.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <exception>
#include <memory>
#include <string>
#include <unordered_map>

#include "chidao/status.h"
#include "chidao/store.h"
#include "doc_score.h"
#include "fts_rank.h"
#include "page_row.h"

namespace chidao {

struct Store::Impl {
  // Read by chidao_rank through its user data: declared before `db`, so it outlives it.
  store_internal::RankContext rank_context;

  Impl(const std::string& path, int flags, StoreOptions opts)
      : db(path, flags), options(std::move(opts)) {}

  // The cached prepared statement for `sql`, which must be a string literal (the cache keys
  // on its address). All values reach SQL through bind(): never build SQL from values.
  SQLite::Statement& Prepare(const char* sql) {
    auto& slot = statements[sql];
    if (!slot) slot = std::make_unique<SQLite::Statement>(db, sql);
    slot->tryReset();
    return *slot;
  }

  SQLite::Database db;
  StoreOptions options;
  std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> statements;
  store_internal::SearchScratch search_scratch;  // see doc_score.h
  // Body name → id, for bodies whose row is committed (ids never change: bodies are never
  // deleted), so importing a batch does not look up "Sở Y tế" once per task.
  std::unordered_map<std::string, std::int64_t> body_cache;
};

namespace store_internal {

// Resets a statement when the scope ends, so no connection keeps a read snapshot open
// (a stale snapshot would block WAL checkpoints and later writes).
class StatementScope {
 public:
  explicit StatementScope(SQLite::Statement& s) : s_(s) {}
  ~StatementScope() { s_.tryReset(); }
  StatementScope(const StatementScope&) = delete;  // resets exactly once
  StatementScope& operator=(const StatementScope&) = delete;

 private:
  SQLite::Statement& s_;
};

// Runs `body` (returning Result<T> or Status) and turns any exception from SQLiteCpp or the
// standard library into a Status naming `what`: no exception leaves the store.
template <typename F>
auto Guard(const std::string& path, const char* what, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (const SQLite::Exception& e) {
    int code = e.getErrorCode() & 0xff;  // primary code of an extended one
    std::string message = std::string(what) + ": " + e.what();
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
      return Status::Timeout(path, std::string(what) + ": the archive is busy (another chidao "
                                                        "is writing); try again");
    }
    if (code == SQLITE_FULL) return Status::IoError(path, std::string(what) + ": disk full");
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) return Status::Corrupt(path, message);
    return Status::IoError(path, message);
  } catch (const std::bad_alloc&) {
    return Status::TooLarge(path, std::string(what) + ": out of memory");
  } catch (const std::exception& e) {
    return Status::Internal(std::string(what) + ": " + e.what());
  }
}

}  // namespace store_internal
}  // namespace chidao
