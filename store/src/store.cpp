// Opening the archive, and the archive-wide operations (integrity, optimize).
//
// Connection settings and why:
//  * WAL: readers (search) never wait for a writer (import), and a killed writer leaves the
//    file consistent; the next opener rolls the log back or forward.
//  * synchronous=NORMAL: in WAL mode a commit survives a killed process (what the crash test
//    proves); only a power cut can lose the last commits, never corrupt the file, and an
//    import can be re-run. FULL would fsync per document and halve import speed.
//  * busy_timeout: concurrent writers queue instead of failing at once.
//  * foreign_keys=ON: rows cannot point at documents or tasks that are not there.
//  * New files are created 0600: directives and who-owes-what are not for every local user.
#include "chidao/store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "fts_rank.h"
#include "fts_snippet.h"
#include "fts_tokenizer.h"
#include "schema.h"
#include "span_text.h"
#include "store_impl.h"

namespace chidao {

using store_internal::Guard;
using store_internal::StatementScope;

namespace {

// Creates `path` empty with mode 0600 when it does not exist; SQLite gives the -wal and -shm
// files it makes later the same mode.
Status CreatePrivateFile(const std::string& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) {
    ::close(fd);
    return Status::Ok();
  }
  if (errno == EEXIST) return Status::Ok();
  return Status::IoError(path, std::string("cannot create the archive: ") + std::strerror(errno));
}

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

int Store::SchemaVersion() { return store_internal::LatestSchemaVersion(); }

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, StoreOptions options) {
  if (path.empty()) return Status::InvalidArgument("no archive path given");
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return Status::InvalidArgument(path + ": is a directory, not an archive file");
  }
  if (Status s = CreatePrivateFile(path); !s.ok()) return s;
  return Guard(path, "cannot open the archive", [&]() -> Result<std::unique_ptr<Store>> {
    // NOMUTEX: a Store is used by one thread at a time (store.h), so SQLite's per-connection
    // mutex only costs a lock and an unlock on every call (each column read of each row).
    auto impl = std::make_unique<Impl>(
        path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX,
        std::move(options));
    SQLite::Database& db = impl->db;
    db.setBusyTimeout(impl->options.busy_timeout_ms);
    // A file that is not SQLite fails here, on the first read.
    db.exec("PRAGMA foreign_keys = ON");
    std::string mode = db.execAndGet("PRAGMA journal_mode = WAL").getString();
    if (mode != "wal") {
      return Status::IoError(path, "cannot switch the archive to WAL mode (journal: " + mode + ")");
    }
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA cache_size = -32768");    // 32 MiB of page cache
    db.exec("PRAGMA mmap_size = 268435456");  // reads through the OS page cache
    // Checkpoint every 32 MiB of log, not 4: each checkpoint syncs the disk, and at the default
    // a batch import spent more time waiting for those syncs than working.
    db.exec("PRAGMA wal_autocheckpoint = 8192");
    if (Status s = store_internal::RegisterTokenizer(db.getHandle()); !s.ok()) return s;
    if (Status s = store_internal::RegisterSpanTextFunction(db.getHandle()); !s.ok()) return s;
    if (Status s = store_internal::RegisterRankFunctions(db.getHandle(), &impl->rank_context); !s.ok()) return s;
    if (Status s = store_internal::RegisterSnippetFunction(db.getHandle()); !s.ok()) return s;
    if (Status s = store_internal::Migrate(db); !s.ok()) return s;
    return std::unique_ptr<Store>(new Store(std::move(impl)));
  });
}

Result<bool> Store::Contains(std::string_view sha256) {
  return Guard(impl_->db.getFilename(), "cannot read the archive", [&]() -> Result<bool> {
    SQLite::Statement& q = impl_->Prepare("SELECT 1 FROM documents WHERE sha256 = ?");
    StatementScope scope(q);
    q.bind(1, std::string(sha256));
    return q.executeStep();
  });
}

Status Store::CheckIntegrity() {
  return Guard(impl_->db.getFilename(), "integrity check failed", [&]() -> Status {
    const std::string& path = impl_->db.getFilename();
    SQLite::Statement check(impl_->db, "PRAGMA integrity_check");
    while (check.executeStep()) {
      std::string line = check.getColumn(0).getString();
      if (line != "ok") return Status::Corrupt(path, "integrity_check: " + line);
    }
    // FTS5's own check compares each index with its content table.
    impl_->db.exec("INSERT INTO pages_fold(pages_fold) VALUES ('integrity-check')");
    impl_->db.exec("INSERT INTO pages_exact(pages_exact) VALUES ('integrity-check')");
    SQLite::Statement incomplete(impl_->db, R"sql(
      SELECT d.id, d.file_name FROM documents d
      WHERE d.page_count != (SELECT count(*) FROM pages p WHERE p.document_id = d.id)
         OR d.task_count != (SELECT count(*) FROM tasks t
                             WHERE t.document_id = d.id AND t.origin = 'parse'))sql");
    if (incomplete.executeStep()) {
      return Status::Corrupt(path, "document " + incomplete.getColumn(0).getString() + " (" +
                                       incomplete.getColumn(1).getString() + ") is incomplete");
    }
    SQLite::Statement fk(impl_->db, "PRAGMA foreign_key_check");
    if (fk.executeStep()) {
      return Status::Corrupt(path, "a row of " + fk.getColumn(0).getString() +
                                       " points at a missing row");
    }
    return Status::Ok();
  });
}

Status Store::Optimize() {
  return Guard(impl_->db.getFilename(), "cannot optimize the archive", [&]() -> Status {
    impl_->db.exec("INSERT INTO pages_fold(pages_fold) VALUES ('optimize')");
    impl_->db.exec("INSERT INTO pages_exact(pages_exact) VALUES ('optimize')");
    impl_->db.exec("PRAGMA optimize");
    impl_->db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return Status::Ok();
  });
}

}  // namespace chidao
