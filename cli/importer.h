// Batch import: paths (files and directories) → extract → parse → store, one document at a
// time, each in its own transaction. A file that fails is reported and the batch goes on.
//
// Files are read once: their sha256 is checked against the archive before extraction, so a
// re-run after a crash or on an already-imported folder skips straight past stored documents
// (no second OCR). With jobs > 1, reading, extraction and parsing run on worker threads;
// documents are still stored by one connection, in input order, so ids follow the order of
// the paths given. Called by `chidao import` and by tests; prints nothing itself.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "chidao/directive.h"
#include "chidao/document.h"
#include "chidao/extract.h"
#include "chidao/status.h"
#include "chidao/store.h"

namespace chidao::cli {

// Whether `path` has an extension chidao imports (.pdf .txt .png .jpg .jpeg .tif .tiff, any
// case).
bool IsImportable(const std::string& path);

struct InputFiles {
  std::vector<std::string> files;   // files named, then each directory's files, sorted
  std::vector<Status> errors;       // paths that do not exist or cannot be listed
};

// Expands directories recursively (by extension; hidden entries skipped; symlinked
// directories not followed, so a link loop cannot trap the walk). Files named explicitly are
// taken whatever their extension: extract decides whether it can read them.
InputFiles CollectInputs(const std::vector<std::string>& paths);

struct FileOutcome {
  std::string path;
  Status status;                  // not ok: the file was not stored, and why
  bool already_present = false;
  std::int64_t document_id = 0;
  int pages = 0;
  int tasks = 0;
  std::vector<Diagnostic> diagnostics;  // extract's and parse's warnings
};

// What the progress display is told; called on the importing thread except `pages`, which
// comes from extraction workers.
struct ImportObserver {
  std::function<void(int index, const std::string& path)> file_started;
  std::function<void(int index, int pages_done, int pages_total)> pages;  // thread-safe!
  std::function<void(int index, const FileOutcome& outcome)> file_done;
};

struct ImportOptions {
  ExtractOptions extract;
  int jobs = 1;                                            // files processed at once
  std::function<Directive(const Document&)> parse;         // required: ParseDirective in the CLI
  StoreOptions store;                                      // fault hooks for tests
};

struct ImportSummary {
  int imported = 0;
  int already_present = 0;
  int failed = 0;
  int pages = 0;
  int tasks = 0;
};

// Imports `files` into the archive at `db_path` (created if missing). A Status when the
// archive itself cannot be opened; otherwise per-file outcomes go to the observer.
Result<ImportSummary> ImportFiles(const std::string& db_path, const std::vector<std::string>& files,
                                  const ImportOptions& options, const ImportObserver& observer);

}  // namespace chidao::cli
