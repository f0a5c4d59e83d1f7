// Archives written by older chidao builds keep working: opening one migrates it forward.
#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <vector>

#include "chidao/store.h"
#include "fts_tokenizer.h"
#include "page_row.h"
#include "span_text.h"
#include "store_fixture.h"

namespace chidao {
namespace {

using testing::MakeDocument;
using testing::MakeTask;
using testing::OpenStore;
using testing::TempDir;

// A raw connection that can write the page indexes (they tokenize with chidao's tokenizer).
SQLite::Database RawArchive(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  REQUIRE_OK(store_internal::RegisterTokenizer(db.getHandle()));
  REQUIRE_OK(store_internal::RegisterSpanTextFunction(db.getHandle()));
  return db;
}

// Rewrites an archive the way a schema-1 build stored it: page ids (document << 16) | page
// number, page indexes keyed on those ids, user_version 1.
void MakeSchemaOne(const std::string& path) {
  SQLite::Database db = RawArchive(path);
  SQLite::Transaction tx(db);
  db.exec("UPDATE pages SET id = -id");
  db.exec("UPDATE pages SET id = (document_id << 16) | number");
  db.exec("INSERT INTO pages_fold(pages_fold) VALUES ('rebuild')");
  db.exec("INSERT INTO pages_exact(pages_exact) VALUES ('rebuild')");
  db.exec("PRAGMA user_version = 1");
  tx.commit();
}

// The triggers schema 1 and 2 kept tasks_fold with (dropped in schema 3).
constexpr const char* kOldTaskTriggers = R"sql(
CREATE TRIGGER tasks_index AFTER INSERT ON tasks BEGIN
  INSERT INTO tasks_fold(rowid, text) SELECT id, text FROM task_texts WHERE id = new.id;
END;
CREATE TRIGGER tasks_unindex BEFORE DELETE ON tasks BEGIN
  INSERT INTO tasks_fold(tasks_fold, rowid, text)
    SELECT 'delete', id, text FROM task_texts WHERE id = old.id;
END;
CREATE TRIGGER tasks_unindex_text BEFORE UPDATE OF text, page, span_start, span_end ON tasks
BEGIN
  INSERT INTO tasks_fold(tasks_fold, rowid, text)
    SELECT 'delete', id, text FROM task_texts WHERE id = old.id;
END;
CREATE TRIGGER tasks_reindex_text AFTER UPDATE OF text, page, span_start, span_end ON tasks
BEGIN
  INSERT INTO tasks_fold(rowid, text) SELECT id, text FROM task_texts WHERE id = new.id;
END;
)sql";

std::vector<std::int64_t> PageIds(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT id FROM pages ORDER BY document_id, number");
  std::vector<std::int64_t> ids;
  while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  return ids;
}

std::vector<std::int64_t> ExpectedPageIds(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement q(db, "SELECT document_id, number, text FROM pages ORDER BY document_id, number");
  std::vector<std::int64_t> ids;
  while (q.executeStep()) {
    ids.push_back(store_internal::PageRowId(q.getColumn(0).getInt64(), q.getColumn(1).getInt64(),
                                            store_internal::PageTokens(q.getColumn(2).getString())));
  }
  return ids;
}

TEST_CASE("Migration: a schema-1 archive with (document << 16) | page ids opens, "
          "is renumbered, and search and show find its pages") {
  TempDir dir;
  std::string path = dir.File("old.db");
  std::int64_t plan = 0;
  {
    auto store = OpenStore(path);
    // Enough documents that old and new ids interleave, and a document of three pages whose
    // third page alone holds the searched words.
    for (int i = 0; i < 12; ++i) {
      Directive filler;
      filler.meta.type = "Thông báo";
      REQUIRE(store->Import(MakeDocument({"Thông báo số " + std::to_string(i) +
                                          " về lịch họp giao ban tuần."},
                                         "tb" + std::to_string(i) + ".txt"),
                            filler)
                  .ok());
    }
    Directive kh;
    kh.meta.type = "Kế hoạch";
    kh.tasks.push_back(MakeTask(1, "Sở Y tế tổ chức tiêm vắc-xin cho người dân",
                                {{"Sở Y tế", ""}}));
    Result<ImportOutcome> out = store->Import(
        MakeDocument({"KẾ HOẠCH phòng chống dịch.", "Trang hai: công tác tuyên truyền.",
                      "Trang ba: Sở Y tế tổ chức tiêm vắc-xin cho người dân."},
                     "kh.txt"),
        kh);
    REQUIRE_OK(testing::StatusOf(out));
    plan = out->id;
  }
  std::vector<std::int64_t> current = PageIds(path);
  MakeSchemaOne(path);
  REQUIRE(PageIds(path) != current);

  auto store = OpenStore(path);
  CHECK(PageIds(path) == ExpectedPageIds(path));
  CHECK(PageIds(path) == current);
  REQUIRE_OK(store->CheckIntegrity());
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == Store::SchemaVersion());
  }

  Result<SearchResults> r = store->Search("tiem vac xin", {});
  REQUIRE_OK(testing::StatusOf(r));
  REQUIRE(r->hits.size() == 1);
  CHECK(r->hits[0].document_id == plan);
  CHECK(r->hits[0].snippet.page == 3);
  CHECK(r->hits[0].snippet.text.find("vắc-xin") != std::string::npos);
  CHECK(r->hits[0].tasks.size() == 1);
  Result<SearchResults> all = store->Search("giao ban", {});
  REQUIRE_OK(testing::StatusOf(all));
  CHECK(all->total_matches == 12);

  Result<DocumentRecord> rec = store->GetDocument(std::to_string(plan));
  REQUIRE_OK(testing::StatusOf(rec));
  REQUIRE(rec->pages.size() == 3);
  CHECK(rec->pages[2].number == 3);
  CHECK(rec->pages[2].bytes == std::string("Trang ba: Sở Y tế tổ chức tiêm vắc-xin cho người dân.").size());
  REQUIRE(rec->tasks.size() == 1);

  // The migrated archive takes new imports as any other.
  Directive later;
  REQUIRE(store->Import(MakeDocument({"Công văn về tiêm vắc-xin mũi nhắc lại."}, "cv.txt"), later)
              .ok());
  Result<SearchResults> both = store->Search("tiêm vắc-xin", {});
  REQUIRE_OK(testing::StatusOf(both));
  CHECK(both->hits.size() == 2);
  REQUIRE_OK(store->CheckIntegrity());
}

TEST_CASE("Migration: a schema-1 archive already in the current page encoding is kept as is") {
  TempDir dir;
  std::string path = dir.File("v1.db");
  {
    auto store = OpenStore(path);
    REQUIRE(store->Import(MakeDocument({"Đào tạo cán bộ.", "Bồi dưỡng công chức."}), {}).ok());
  }
  std::vector<std::int64_t> before = PageIds(path);
  {
    SQLite::Database db = RawArchive(path);
    db.exec("PRAGMA user_version = 1");
  }
  auto store = OpenStore(path);
  CHECK(PageIds(path) == before);
  REQUIRE_OK(store->CheckIntegrity());
  Result<SearchResults> r = store->Search("boi duong", {});
  REQUIRE_OK(testing::StatusOf(r));
  REQUIRE(r->hits.size() == 1);
  CHECK(r->hits[0].snippet.page == 2);
}

TEST_CASE("Migration: a schema-2 archive drops the index of task texts that nothing read") {
  TempDir dir;
  std::string path = dir.File("v2.db");
  {
    auto store = OpenStore(path);
    Directive d;
    d.tasks.push_back(MakeTask(1, "Sở Y tế chủ trì tổ chức tiêm vắc-xin", {{"Sở Y tế", ""}}));
    REQUIRE(store->Import(MakeDocument({"Sở Y tế chủ trì tổ chức tiêm vắc-xin."}), d).ok());
  }
  {
    // What schema 1 and 2 built beside the tasks: an FTS5 index kept by four triggers.
    SQLite::Database db = RawArchive(path);
    db.exec(std::string(R"sql(
CREATE VIRTUAL TABLE tasks_fold USING fts5(
  text, content='task_texts', content_rowid='id', tokenize='chidao fold');
)sql") + kOldTaskTriggers);
    db.exec("INSERT INTO tasks_fold(tasks_fold) VALUES ('rebuild')");
    db.exec("PRAGMA user_version = 2");
  }
  auto store = OpenStore(path);
  {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == Store::SchemaVersion());
    CHECK(db.execAndGet("SELECT count(*) FROM sqlite_master WHERE name LIKE 'tasks_fold%' "
                        "OR name LIKE 'tasks_%index%'").getInt() == 0);
  }
  REQUIRE_OK(store->CheckIntegrity());
  Result<SearchResults> r = store->Search("tiem vac xin", {});
  REQUIRE_OK(testing::StatusOf(r));
  REQUIRE(r->hits.size() == 1);
  CHECK(r->hits[0].tasks.size() == 1);
  // Tasks are still imported without the index.
  Directive e;
  e.tasks.push_back(MakeTask(1, "Công an tỉnh phối hợp kiểm tra", {{"Công an tỉnh", ""}}));
  REQUIRE(store->Import(MakeDocument({"Công an tỉnh phối hợp kiểm tra."}, "b.txt"), e).ok());
  Result<SearchResults> later = store->Search("kiem tra", {});
  REQUIRE_OK(testing::StatusOf(later));
  REQUIRE(later->hits.size() == 1);
  CHECK(later->hits[0].tasks.size() == 1);
  REQUIRE_OK(store->CheckIntegrity());
}

}  // namespace
}  // namespace chidao
