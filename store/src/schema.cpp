// The schema, version by version. Design notes for v1:
//  * documents/pages/doc_references/sections/tasks keep everything parse found; a document's
//    page_count and task_count are stored with it so a reader can prove the document complete
//    (the crash test does).
//  * bodies hold canonical names ("Sở Y tế"); body_aliases the spellings seen ("Giám đốc Sở
//    Y tế"); task_bodies link a task to a body as lead (chủ trì) or support (phối hợp).
//  * task_status and task_edits are histories (issue 6: `chidao status`, `chidao edit`):
//    append-only, enforced by triggers; edits keep old and new values as JSON. Tasks are
//    never deleted: tasks.deleted is the soft delete of `chidao drop-task`, tasks.origin
//    tells parsed tasks from ones staff added.
//  * Search indexes are FTS5 tables over pages.text and tasks.text with external content (the
//    text is stored once, in pages/tasks), kept in sync by triggers. pages_fold (detail=full:
//    phrases, bm25, snippets) ranks; pages_exact (detail=none, doclists only) only answers
//    "which pages contain these words with exactly these diacritics", for exact-first ranking.
//  * tasks.text is NULL when the task's text is its page span, whitespace collapsed (most
//    tasks): read task text through the view task_texts (span_text.h).
//  * pages.id encodes (document id, page ordinal, length): see page_row.h.
//  * *_fold/*_key columns are lookup keys computed by the store (folded names, code keys).
#include "schema.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <exception>
#include <string>

#include "page_row.h"

namespace chidao::store_internal {
namespace {

constexpr const char* kV1 = R"sql(
CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  sha256        TEXT NOT NULL UNIQUE,
  file_name     TEXT NOT NULL,
  source_kind   TEXT NOT NULL,
  page_count    INTEGER NOT NULL,
  task_count    INTEGER NOT NULL,
  code          TEXT,
  code_key      TEXT,
  code_fold     TEXT,
  code_number   TEXT,
  code_type     TEXT,
  code_issuer   TEXT,
  code_year     INTEGER,
  code_party    INTEGER NOT NULL DEFAULT 0,
  type          TEXT,
  type_fold     TEXT,
  issuer        TEXT,
  place         TEXT,
  date          TEXT,
  subject       TEXT,
  urgency       TEXT,
  signer        TEXT,
  signer_title  TEXT,
  addressees    TEXT NOT NULL DEFAULT '[]',
  recipients    TEXT NOT NULL DEFAULT '[]',
  diagnostics   TEXT NOT NULL DEFAULT '[]',
  imported_at   TEXT NOT NULL
);
CREATE INDEX documents_by_code_key ON documents(code_key);
CREATE INDEX documents_by_code_fold ON documents(code_fold);
CREATE INDEX documents_by_date ON documents(date);

CREATE TABLE pages (
  id              INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES documents(id),
  number          INTEGER NOT NULL,
  source          TEXT NOT NULL,
  ocr_confidence  REAL,
  text            TEXT NOT NULL,
  UNIQUE (document_id, number)
);

CREATE TABLE doc_references (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id),
  position     INTEGER NOT NULL,
  code         TEXT NOT NULL,
  code_key     TEXT NOT NULL,
  code_fold    TEXT NOT NULL,
  number       TEXT,
  type_code    TEXT,
  issuer_code  TEXT,
  year         INTEGER,
  party        INTEGER NOT NULL DEFAULT 0,
  type         TEXT,
  date         TEXT,
  issuer       TEXT
);
CREATE INDEX doc_references_by_document ON doc_references(document_id);
CREATE INDEX doc_references_by_code_key ON doc_references(code_key);
CREATE INDEX doc_references_by_code_fold ON doc_references(code_fold);

CREATE TABLE sections (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id),
  position     INTEGER NOT NULL,
  path         TEXT NOT NULL,
  label        TEXT NOT NULL,
  title        TEXT NOT NULL,
  level        INTEGER NOT NULL,
  page         INTEGER NOT NULL,
  span_start   INTEGER NOT NULL,
  span_end     INTEGER NOT NULL
);
CREATE INDEX sections_by_document ON sections(document_id);

CREATE TABLE bodies (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  name_fold  TEXT NOT NULL
);
CREATE INDEX bodies_by_fold ON bodies(name_fold);

CREATE TABLE body_aliases (
  id          INTEGER PRIMARY KEY,
  body_id     INTEGER NOT NULL REFERENCES bodies(id),
  alias       TEXT NOT NULL,
  alias_fold  TEXT NOT NULL,
  UNIQUE (body_id, alias)
);
CREATE INDEX body_aliases_by_fold ON body_aliases(alias_fold);

CREATE TABLE tasks (
  id              INTEGER PRIMARY KEY,
  document_id     INTEGER NOT NULL REFERENCES documents(id),
  position        INTEGER NOT NULL,
  section         TEXT NOT NULL DEFAULT '',
  text            TEXT,
  deadline_kind   TEXT,
  deadline_date   TEXT,
  deadline_every  TEXT,
  deadline_time   TEXT,
  deadline_day    INTEGER,
  deadline_text   TEXT,
  page            INTEGER,
  span_start      INTEGER,
  span_end        INTEGER,
  origin          TEXT NOT NULL DEFAULT 'parse' CHECK (origin IN ('parse', 'manual')),
  deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX tasks_by_document ON tasks(document_id, position);

CREATE TABLE task_bodies (
  task_id   INTEGER NOT NULL REFERENCES tasks(id),
  role      TEXT NOT NULL CHECK (role IN ('lead', 'support')),
  body_id   INTEGER NOT NULL REFERENCES bodies(id),
  position  INTEGER NOT NULL,
  alias     TEXT NOT NULL,
  PRIMARY KEY (task_id, role, body_id)
) WITHOUT ROWID;
CREATE INDEX task_bodies_by_body ON task_bodies(body_id, role);

CREATE TABLE task_status (
  id            INTEGER PRIMARY KEY,
  task_id       INTEGER NOT NULL REFERENCES tasks(id),
  status        TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'blocked')),
  effective_on  TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  user          TEXT NOT NULL,
  recorded_at   TEXT NOT NULL
);
CREATE INDEX task_status_by_task ON task_status(task_id, id);
CREATE TRIGGER task_status_no_update BEFORE UPDATE ON task_status
BEGIN SELECT RAISE(ABORT, 'task_status is append-only'); END;
CREATE TRIGGER task_status_no_delete BEFORE DELETE ON task_status
BEGIN SELECT RAISE(ABORT, 'task_status is append-only'); END;

CREATE TABLE task_edits (
  id           INTEGER PRIMARY KEY,
  task_id      INTEGER NOT NULL REFERENCES tasks(id),
  field        TEXT NOT NULL,
  old_value    TEXT,
  new_value    TEXT,
  note         TEXT NOT NULL DEFAULT '',
  user         TEXT NOT NULL,
  recorded_at  TEXT NOT NULL
);
CREATE INDEX task_edits_by_task ON task_edits(task_id, id);
CREATE TRIGGER task_edits_no_update BEFORE UPDATE ON task_edits
BEGIN SELECT RAISE(ABORT, 'task_edits is append-only'); END;
CREATE TRIGGER task_edits_no_delete BEFORE DELETE ON task_edits
BEGIN SELECT RAISE(ABORT, 'task_edits is append-only'); END;

CREATE VIRTUAL TABLE pages_fold USING fts5(
  text, content='pages', content_rowid='id', tokenize='chidao fold');
CREATE VIRTUAL TABLE pages_exact USING fts5(
  text, content='pages', content_rowid='id', tokenize='chidao exact', detail='none');
-- Read task text through this view: tasks.text is NULL when the text is its page span.
CREATE VIEW task_texts AS
  SELECT t.id AS id, t.document_id AS document_id,
         coalesce(t.text, chidao_span_text(p.text, t.span_start, t.span_end)) AS text
  FROM tasks t LEFT JOIN pages p ON p.document_id = t.document_id AND p.number = t.page;

CREATE TRIGGER pages_index AFTER INSERT ON pages BEGIN
  INSERT INTO pages_fold(rowid, text) VALUES (new.id, new.text);
  INSERT INTO pages_exact(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER pages_unindex AFTER DELETE ON pages BEGIN
  INSERT INTO pages_fold(pages_fold, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO pages_exact(pages_exact, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER pages_reindex AFTER UPDATE OF text ON pages BEGIN
  INSERT INTO pages_fold(pages_fold, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO pages_exact(pages_exact, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO pages_fold(rowid, text) VALUES (new.id, new.text);
  INSERT INTO pages_exact(rowid, text) VALUES (new.id, new.text);
END;
PRAGMA user_version = 1;
)sql";

// v2: page ids in the (document << 24) | (ordinal << 8) | length encoding (page_row.h).
// Archives written with the older (document << 16) | ordinal ids get renumbered and their
// page indexes rebuilt; a v1 archive already in the new encoding is left as it is.
void ToV2(SQLite::Database& db) {
  RenumberPages(db);
  db.exec("PRAGMA user_version = 2");
}

// v3: no index of task texts. Search finds a document's tasks from its matching pages (a task's
// text is a span of a page), so tasks_fold was written at every import and never read: 11% of
// the bench archive (17.9 of 164.8 MiB) and its import time. Archives of earlier builds drop it
// (its pages return to SQLite's free list and are reused, the file does not shrink).
constexpr const char* kV3 = R"sql(
DROP TRIGGER IF EXISTS tasks_index;
DROP TRIGGER IF EXISTS tasks_unindex;
DROP TRIGGER IF EXISTS tasks_unindex_text;
DROP TRIGGER IF EXISTS tasks_reindex_text;
DROP TABLE IF EXISTS tasks_fold;
PRAGMA user_version = 3;
)sql";

// A migration is SQL, or C++ when rows must be rewritten with chidao's own functions. Each
// ends by setting user_version to its number.
struct Migration {
  const char* sql;
  void (*run)(SQLite::Database&);
};

// Index i holds the migration to version i + 1.
constexpr Migration kMigrations[] = {
    {kV1, nullptr},
    {nullptr, ToV2},
    {kV3, nullptr},
};

int UserVersion(SQLite::Database& db) {
  return db.execAndGet("PRAGMA user_version").getInt();
}

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(std::size(kMigrations)); }

Status Migrate(SQLite::Database& db) {
  try {
    int version = UserVersion(db);
    if (version > LatestSchemaVersion()) {
      return Status::Unsupported(db.getFilename(),
                                 "archive was written by a newer chidao (schema " +
                                     std::to_string(version) + ", this build knows " +
                                     std::to_string(LatestSchemaVersion()) + ")");
    }
    while (version < LatestSchemaVersion()) {
      SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
      version = UserVersion(db);  // another process may have migrated meanwhile
      if (version >= LatestSchemaVersion()) break;
      const Migration& step = kMigrations[version];
      if (step.sql != nullptr) db.exec(step.sql);
      if (step.run != nullptr) step.run(db);
      tx.commit();
      version = UserVersion(db);
    }
    return Status::Ok();
  } catch (const std::exception& e) {
    return Status::IoError(db.getFilename(), std::string("cannot set up the archive: ") + e.what());
  }
}

}  // namespace chidao::store_internal
