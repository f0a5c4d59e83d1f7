// Store: chidao's archive, one SQLite file (no server) holding every imported document, its
// pages, metadata, references, sections, tasks and the bodies they name, with full-text
// indexes for search.
//
// Contract:
//  * Open() creates the file (mode 0600) or upgrades an older schema with forward migrations,
//    each in its own transaction; a file written by a newer chidao is refused, not touched.
//  * Import() stores one document in ONE transaction (ImportAll: several documents in one
//    transaction): afterwards each document is either complete or absent, whatever happens
//    (error, fault injected, SIGKILL). Importing bytes whose sha256 is
//    already stored changes nothing and reports already_present.
//  * Several processes may use one file at once (WAL): readers never block; writers queue for
//    up to busy_timeout_ms and then fail with a Status, never corrupting anything.
//  * Every failure is a Status (SQLite errors included); nothing throws.
// A Store is one connection: use it from one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/directive.h"
#include "chidao/document.h"
#include "chidao/search.h"
#include "chidao/status.h"
#include "chidao/store_records.h"
#include "chidao/task_edit.h"
#include "chidao/task_query.h"

namespace chidao {

struct StoreOptions {
  int busy_timeout_ms = 10'000;
  // Test seam (LevelDB-style fault injection): called at named points inside an import's
  // transaction ("document", "pages", "references", "sections", "task", "tasks"); a non-ok
  // Status aborts the import there, as a full disk or a crash would.
  std::function<Status(std::string_view point)> fault_hook;
};

struct ImportItem {
  const Document* doc = nullptr;         // borrowed for the call
  const Directive* directive = nullptr;  // borrowed for the call
};

struct ImportOutcome {
  std::int64_t id = 0;           // the document's id, new or existing
  bool already_present = false;  // same sha256 was stored before: nothing was written
};

class Store {
 public:
  // Opens or creates the archive at `path` and brings its schema up to date.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, StoreOptions options = {});

  ~Store();
  Store(const Store&) = delete;  // owns a database connection
  Store& operator=(const Store&) = delete;

  // The schema version this build writes (PRAGMA user_version after Open).
  static int SchemaVersion();

  // Whether a document with these bytes is stored (lets the importer skip OCR on re-runs).
  Result<bool> Contains(std::string_view sha256);

  // Stores `doc` and what parse found in it; `doc.sha256` must be set.
  Result<ImportOutcome> Import(const Document& doc, const Directive& directive);

  // Stores several documents, one outcome each, in the order given. They share one
  // transaction when all succeed (one commit and one index flush instead of one per
  // document: several times faster for a batch); if any fails, that transaction is rolled
  // back and each document is imported alone. Either way each document is complete or
  // absent, and a bad one does not sink the others. A kill loses the whole group, which a
  // re-run imports.
  std::vector<Result<ImportOutcome>> ImportAll(const std::vector<ImportItem>& items);

  // Ranked search; see search.h for the query language.
  Result<SearchResults> Search(std::string_view query, const SearchFilters& filters);

  // Every document, newest date first.
  Result<std::vector<DocumentSummary>> ListDocuments();

  // One document by id ("12", "#12") or by số ký hiệu ("3279/KH-UBND"), with its tasks.
  Result<DocumentRecord> GetDocument(std::string_view id_or_code);

  // Canonical bodies with their aliases and task counts by role, most tasks first.
  Result<std::vector<BodySummary>> ListBodies();

  // Task tracking (task_query.h, task_edit.h; store_tasks*.cpp). Tasks matching `query`,
  // newest directive first, document order within one.
  Result<std::vector<TrackedTask>> ListTasks(const TaskQuery& query);
  // One task by id, dropped or not; NotFound when there is none.
  Result<TrackedTask> GetTask(std::int64_t task_id);
  // Appends a status entry (refused for a dropped task).
  Result<StatusRecord> AppendStatus(std::int64_t task_id, const StatusUpdate& update);
  // Applies `edit` in one transaction: the records of the fields whose value changed.
  Result<std::vector<EditRecord>> EditTask(std::int64_t task_id, const TaskEdit& edit);
  // Adds a task the parser missed to document `document_id`; returns its id.
  Result<std::int64_t> AddTask(std::int64_t document_id, const NewTask& task);
  // Soft-deletes a task, recorded; AlreadyExists when it was dropped before.
  Status DropTask(std::int64_t task_id, const Author& author);

  // Archive-wide checks for tests and tools: SQLite integrity_check, FTS index integrity,
  // and every document complete (stored page and task counts match its rows).
  Status CheckIntegrity();

  // Merges index segments and refreshes planner statistics; worth running after a big batch.
  Status Optimize();

  struct Impl;  // the connection and its statements; defined in store/src, not part of the API

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace chidao
