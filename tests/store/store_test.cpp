#include "chidao/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sys/stat.h>

#include <fstream>

#include "fts_tokenizer.h"
#include "span_text.h"
#include "store_fixture.h"

namespace chidao {
namespace {

using testing::Code;
using testing::MakeDocument;
using testing::MakeTask;
using testing::OpenStore;
using testing::TempDir;

// A small Kế hoạch with two tasks, a reference and a section.
Directive SampleDirective() {
  Directive d;
  d.meta.code = Code("3279/KH-UBND", "3279", "KH", "UBND");
  d.meta.type = "Kế hoạch";
  d.meta.issuer = "UBND tỉnh Cao Bằng";
  d.meta.date = Date{2021, 11, 26};
  d.meta.subject = "Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19";
  d.meta.urgency = Urgency::kKhan;
  d.meta.recipients = {"Bộ Y tế", "Thường trực Tỉnh ủy"};
  Reference r;
  r.code = Code("128/NQ-CP", "128", "NQ", "CP");
  r.type = "Nghị quyết";
  r.date = Date{2021, 10, 11};
  r.issuer = "Chính phủ";
  d.references.push_back(r);
  d.sections.push_back(Section{"II", "II.", "NHIỆM VỤ", 1, Span{1, 0, 10}});
  Task t1 = MakeTask(1, "Tổ chức tiêm vắc xin phòng COVID-19 cho người dân",
                     {{"Sở Y tế", "Giám đốc Sở Y tế"}}, {{"UBND các huyện, thành phố", ""}});
  Deadline dl;
  dl.kind = DeadlineKind::kDate;
  dl.date = Date{2021, 12, 15};
  dl.text = "trước ngày 15/12/2021";
  t1.deadline = dl;
  d.tasks.push_back(t1);
  d.tasks.push_back(MakeTask(2, "Đào tạo cán bộ y tế cơ sở", {{"Sở Y tế", "Sở Y tế"}},
                             {{"Sở Nội vụ", ""}, {"Sở Nội vụ", ""}}));
  return d;
}

Document SampleDocument() {
  return MakeDocument({"KẾ HOẠCH số 3279/KH-UBND về tiêm vắc xin",
                       "Sở Y tế tổ chức tiêm vắc xin. Đào tạo cán bộ y tế cơ sở."},
                      "kh-3279.txt");
}

int Count(const std::string& db_path, const char* table_sql) {
  SQLite::Database db(db_path);
  return db.execAndGet(table_sql).getInt();
}

TEST_CASE("Store: opening an empty or missing file creates the schema, mode 0600") {
  TempDir dir;
  std::ofstream(dir.File("empty.db")).close();  // 0 bytes, as `touch` makes it
  for (const char* name : {"empty.db", "new.db"}) {
    std::string path = dir.File(name);
    auto store = OpenStore(path);
    REQUIRE_OK(store->CheckIntegrity());
    CHECK(Count(path, "PRAGMA user_version") == Store::SchemaVersion());
    CHECK(Count(path, "SELECT count(*) FROM documents") == 0);
  }
  struct stat st {};
  REQUIRE(::stat(dir.File("new.db").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  // Re-opening an up-to-date archive migrates nothing and keeps the data.
  auto again = OpenStore(dir.File("new.db"));
  CHECK(Count(dir.File("new.db"), "PRAGMA user_version") == Store::SchemaVersion());
}

TEST_CASE("Store: a file that is not an archive, or a newer one, is refused with a Status") {
  TempDir dir;
  std::ofstream(dir.File("notes.db")) << "this is not an SQLite database, just some text....";
  Result<std::unique_ptr<Store>> bad = Store::Open(dir.File("notes.db"));
  CHECK_FALSE(bad.ok());
  CHECK_FALSE(bad.status().message().empty());
  {
    SQLite::Database db(dir.File("future.db"), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA user_version = 999");
  }
  Result<std::unique_ptr<Store>> future = Store::Open(dir.File("future.db"));
  CHECK(future.status().code() == StatusCode::kUnsupported);
  CHECK(Store::Open(dir.path()).status().code() == StatusCode::kInvalidArgument);
}

TEST_CASE("Store: an imported document reads back with its metadata, pages and tasks") {
  TempDir dir;
  auto store = OpenStore(dir.File("a.db"));
  Result<ImportOutcome> out = store->Import(SampleDocument(), SampleDirective());
  REQUIRE_OK(testing::StatusOf(out));
  CHECK_FALSE(out->already_present);
  Result<DocumentRecord> rec = store->GetDocument("3279/kh-ubnd");
  REQUIRE_OK(testing::StatusOf(rec));
  CHECK(rec->summary.id == out->id);
  CHECK(rec->summary.file_name == "kh-3279.txt");
  CHECK(rec->summary.page_count == 2);
  CHECK(rec->summary.task_count == 2);
  CHECK(rec->meta.type == "Kế hoạch");
  CHECK(rec->meta.date == Date{2021, 11, 26});
  CHECK(rec->meta.urgency == Urgency::kKhan);
  CHECK(rec->meta.recipients == std::vector<std::string>{"Bộ Y tế", "Thường trực Tỉnh ủy"});
  REQUIRE(rec->references.size() == 1);
  CHECK(rec->references[0].code.text == "128/NQ-CP");
  CHECK(rec->references[0].date == Date{2021, 10, 11});
  REQUIRE(rec->pages.size() == 2);
  CHECK(rec->pages[1].number == 2);
  REQUIRE(rec->tasks.size() == 2);
  const StoredTask& t1 = rec->tasks[0];
  CHECK(t1.text == "Tổ chức tiêm vắc xin phòng COVID-19 cho người dân");
  REQUIRE(t1.lead.size() == 1);
  CHECK(t1.lead[0].name == "Sở Y tế");
  CHECK(t1.lead[0].alias == "Giám đốc Sở Y tế");
  REQUIRE(t1.deadline);
  CHECK(t1.deadline->date == Date{2021, 12, 15});
  CHECK(t1.deadline->text == "trước ngày 15/12/2021");
  CHECK(rec->tasks[1].support.size() == 1);  // "Sở Nội vụ" named twice, linked once
  CHECK(store->GetDocument(std::to_string(out->id)).ok());
  CHECK(store->GetDocument("#" + std::to_string(out->id)).ok());
  CHECK(store->GetDocument("999/KH-UBND").status().code() == StatusCode::kNotFound);
  REQUIRE_OK(store->CheckIntegrity());
}

TEST_CASE("Store: re-importing the same bytes is a no-op that reports already present") {
  TempDir dir;
  auto store = OpenStore(dir.File("a.db"));
  Result<ImportOutcome> first = store->Import(SampleDocument(), SampleDirective());
  REQUIRE_OK(testing::StatusOf(first));
  Result<ImportOutcome> second = store->Import(SampleDocument(), SampleDirective());
  REQUIRE_OK(testing::StatusOf(second));
  CHECK(second->already_present);
  CHECK(second->id == first->id);
  CHECK(Count(dir.File("a.db"), "SELECT count(*) FROM documents") == 1);
  CHECK(Count(dir.File("a.db"), "SELECT count(*) FROM tasks") == 2);
  CHECK(*store->Contains(SampleDocument().sha256));
  CHECK_FALSE(*store->Contains("0000"));
}

TEST_CASE("Store: a failure injected anywhere inside an import leaves nothing of it") {
  for (const char* point : {"document", "pages", "references", "sections", "task", "tasks"}) {
    INFO(point);
    TempDir dir;
    std::string fail_at;
    StoreOptions options;
    options.fault_hook = [&](std::string_view p) {
      return p == fail_at ? Status::IoError("", "injected fault") : Status::Ok();
    };
    auto store = OpenStore(dir.File("a.db"), options);
    // One good document first: the failed one must not disturb it.
    REQUIRE_OK(testing::StatusOf(store->Import(MakeDocument({"Văn bản khác"}), SampleDirective())));
    fail_at = point;
    Result<ImportOutcome> out = store->Import(SampleDocument(), SampleDirective());
    CHECK(out.status().code() == StatusCode::kIoError);
    CHECK_FALSE(*store->Contains(SampleDocument().sha256));
    for (const char* sql : {"SELECT count(*) FROM documents", "SELECT count(*) FROM pages",
                            "SELECT count(*) FROM doc_references", "SELECT count(*) FROM sections",
                            "SELECT count(*) FROM tasks", "SELECT count(*) FROM task_bodies"}) {
      INFO(sql);
      SQLite::Database db(dir.File("a.db"));
      int expected = std::string(sql).find("pages") != std::string::npos ? 1
                     : std::string(sql).find("task_bodies") != std::string::npos ? 4
                     : std::string(sql).find("tasks") != std::string::npos      ? 2
                                                                                  : 1;
      CHECK(db.execAndGet(sql).getInt() == expected);
    }
    REQUIRE_OK(store->CheckIntegrity());
    // The text of the failed document is not searchable either.
    Result<SearchResults> found = store->Search("\"Sở Y tế tổ chức\"", {});
    REQUIRE_OK(testing::StatusOf(found));
    CHECK(found->hits.empty());
    // And once the fault is gone the same document imports normally.
    fail_at.clear();
    REQUIRE_OK(testing::StatusOf(store->Import(SampleDocument(), SampleDirective())));
    REQUIRE_OK(store->CheckIntegrity());
  }
}

TEST_CASE("Store: status and edit histories are append-only") {
  TempDir dir;
  auto store = OpenStore(dir.File("a.db"));
  REQUIRE_OK(testing::StatusOf(store->Import(SampleDocument(), SampleDirective())));
  SQLite::Database db(dir.File("a.db"), SQLite::OPEN_READWRITE);
  db.exec("INSERT INTO task_status (task_id, status, effective_on, user, recorded_at) "
          "VALUES (1, 'done', '2021-12-01', 'lan', '2021-12-01T08:00:00Z')");
  db.exec("INSERT INTO task_edits (task_id, field, old_value, new_value, user, recorded_at) "
          "VALUES (1, 'text', '\"a\"', '\"b\"', 'lan', '2021-12-01T08:00:00Z')");
  CHECK_THROWS(db.exec("UPDATE task_status SET status = 'open'"));
  CHECK_THROWS(db.exec("DELETE FROM task_status"));
  CHECK_THROWS(db.exec("UPDATE task_edits SET new_value = 'x'"));
  CHECK_THROWS(db.exec("DELETE FROM task_edits"));
  CHECK_THROWS(db.exec("INSERT INTO task_status (task_id, status, effective_on, user, "
                       "recorded_at) VALUES (1, 'finished', '2021-12-01', 'lan', 'x')"));
  CHECK(db.execAndGet("SELECT count(*) FROM task_status").getInt() == 1);
}

TEST_CASE("Store: documents and bodies are listed with counts by role") {
  TempDir dir;
  auto store = OpenStore(dir.File("a.db"));
  REQUIRE_OK(testing::StatusOf(store->Import(SampleDocument(), SampleDirective())));
  Directive other;
  other.meta.date = Date{2022, 1, 5};
  other.tasks.push_back(MakeTask(1, "Báo cáo kết quả", {{"Sở Nội vụ", ""}}, {{"Sở Y tế", ""}}));
  REQUIRE_OK(testing::StatusOf(store->Import(MakeDocument({"Báo cáo kết quả"}, "b.txt"), other)));
  Result<std::vector<DocumentSummary>> docs = store->ListDocuments();
  REQUIRE_OK(testing::StatusOf(docs));
  REQUIRE(docs->size() == 2);
  CHECK((*docs)[0].file_name == "b.txt");  // newest date first
  CHECK((*docs)[1].code == "3279/KH-UBND");
  Result<std::vector<BodySummary>> bodies = store->ListBodies();
  REQUIRE_OK(testing::StatusOf(bodies));
  REQUIRE(bodies->size() == 3);
  const BodySummary& yte = (*bodies)[0];
  CHECK(yte.name == "Sở Y tế");
  CHECK(yte.lead_tasks == 2);
  CHECK(yte.support_tasks == 1);
  CHECK(yte.documents == 2);
  CHECK(yte.aliases == std::vector<std::string>{"Giám đốc Sở Y tế"});
}

TEST_CASE("Store: two documents with one code are named by id, not guessed") {
  TempDir dir;
  auto store = OpenStore(dir.File("a.db"));
  REQUIRE_OK(testing::StatusOf(store->Import(SampleDocument(), SampleDirective())));
  REQUIRE_OK(testing::StatusOf(store->Import(MakeDocument({"bản quét"}, "scan.pdf"), SampleDirective())));
  Result<DocumentRecord> rec = store->GetDocument("3279/KH-UBND");
  CHECK(rec.status().code() == StatusCode::kInvalidArgument);
  CHECK(rec.status().message().find("#1, #2") != std::string::npos);
}

}  // namespace
}  // namespace chidao

namespace chidao {
namespace {

TEST_CASE("Store: a task's text equal to its page span is derived, not stored twice") {
  testing::TempDir dir;
  auto store = testing::OpenStore(dir.File("a.db"));
  std::string page = "II. NHIỆM VỤ\n1. Sở Y tế tổ chức\n   tiêm vắc xin cho người dân.\nHết.";
  std::size_t start = page.find("Sở Y tế");
  std::size_t end = page.find("Hết.") - 1;
  Directive d;
  Task same = testing::MakeTask(1, "Sở Y tế tổ chức tiêm vắc xin cho người dân.", {{"Sở Y tế", ""}});
  same.span = Span{1, start, end};
  Task reworded = testing::MakeTask(2, "Tổ chức tiêm vắc xin", {{"Sở Y tế", ""}});
  reworded.span = Span{1, start, end};
  d.tasks = {same, reworded};
  REQUIRE_OK(testing::StatusOf(store->Import(testing::MakeDocument({page}), d)));
  {
    SQLite::Database db(dir.File("a.db"));
    CHECK(db.execAndGet("SELECT count(*) FROM tasks WHERE text IS NULL").getInt() == 1);
  }
  Result<DocumentRecord> rec = store->GetDocument("1");
  REQUIRE_OK(testing::StatusOf(rec));
  REQUIRE(rec->tasks.size() == 2);
  CHECK(rec->tasks[0].text == same.text);
  CHECK(rec->tasks[1].text == reworded.text);
  Result<SearchResults> r = store->Search("nguoi dan", {});
  REQUIRE_OK(testing::StatusOf(r));
  REQUIRE(r->hits.size() == 1);
  REQUIRE(r->hits[0].tasks.size() == 1);  // the derived text is indexed too
  CHECK(r->hits[0].tasks[0].task_id == rec->tasks[0].id);
  REQUIRE_OK(store->CheckIntegrity());
}

TEST_CASE("Store: editing a task's text re-indexes it (what `chidao edit` will do)") {
  testing::TempDir dir;
  auto store = testing::OpenStore(dir.File("a.db"));
  Directive d;
  d.tasks = {testing::MakeTask(1, "Kiểm tra an toàn thực phẩm", {{"Sở Y tế", ""}})};
  REQUIRE_OK(testing::StatusOf(store->Import(testing::MakeDocument({"Kiểm tra an toàn thực phẩm"}), d)));
  {
    // A second connection, as another chidao process would open it.
    auto other = testing::OpenStore(dir.File("a.db"));
    SQLite::Database db(dir.File("a.db"), SQLite::OPEN_READWRITE);
    REQUIRE_OK(store_internal::RegisterTokenizer(db.getHandle()));
    REQUIRE_OK(store_internal::RegisterSpanTextFunction(db.getHandle()));
    db.exec("UPDATE tasks SET text = 'Thanh tra vệ sinh trường học' WHERE id = 1");
  }
  Result<SearchResults> r = store->Search("ve sinh truong hoc", {});
  REQUIRE_OK(testing::StatusOf(r));
  CHECK(r->hits.empty());  // the page text does not say it...
  Result<SearchResults> t = store->Search("an toan thuc pham", {});
  REQUIRE_OK(testing::StatusOf(t));
  REQUIRE(t->hits.size() == 1);
  CHECK(t->hits[0].tasks.empty());  // ...and the task no longer matches its old words
  REQUIRE_OK(store->CheckIntegrity());
}

}  // namespace
}  // namespace chidao
