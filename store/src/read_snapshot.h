// Internal to chidao::store. One read transaction around a group of statements (a search):
// they all read the same snapshot of the archive, and the connection takes its read lock
// once instead of once per statement.
//
// Why: outside a transaction each statement is its own. A search runs about 130 of them
// (the ranking, then metadata, page, tasks and bodies of each document shown), and each
// one's start and end costs system calls (fcntl locks on the -shm file, a stat for a hot
// journal) that, on the bench archive, were more CPU than some whole statements. One
// snapshot also means a document committed by an import mid-search is either wholly in the
// results or not at all.
//
// Nested use is harmless: when the connection is already inside a transaction (a caller's
// own), this one does nothing.
#pragma once

#include <sqlite3.h>

namespace chidao::store_internal {

class ReadSnapshot {
 public:
  // Begins a deferred transaction: the read lock is taken by the first statement that reads.
  explicit ReadSnapshot(sqlite3* db) : db_(db) {
    if (sqlite3_get_autocommit(db_) != 0 &&
        sqlite3_exec(db_, "BEGIN DEFERRED", nullptr, nullptr, nullptr) == SQLITE_OK) {
      owned_ = true;
    }
  }
  // Ends the transaction; it wrote nothing, so COMMIT only releases the lock (ROLLBACK if
  // COMMIT fails, so the connection never stays inside it).
  ~ReadSnapshot() {
    if (!owned_ || sqlite3_get_autocommit(db_) != 0) return;
    if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    }
  }
  ReadSnapshot(const ReadSnapshot&) = delete;  // ends its transaction exactly once
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  sqlite3* db_;  // borrowed: the Store's connection, which outlives the search
  bool owned_ = false;
};

}  // namespace chidao::store_internal
