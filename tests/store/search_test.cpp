#include <algorithm>
#include <string>
#include <vector>

#include "chidao/search_query.h"
#include "chidao/store.h"
#include "store_fixture.h"

namespace chidao {
namespace {

using testing::Code;
using testing::MakeDocument;
using testing::MakeTask;
using testing::OpenStore;
using testing::TempDir;
using testing::ByBody;
using testing::ByType;
using testing::Limit;
using testing::Since;
using testing::Until;

struct Archive {
  TempDir dir;
  std::unique_ptr<Store> store;
  std::int64_t kehoach = 0, congvan = 0, the_doc = 0, hoa_doc = 0, chithi = 0;

  Archive() {
    store = OpenStore(dir.File("search.db"));
    Directive kh;
    kh.meta.code = Code("3279/KH-UBND", "3279", "KH", "UBND");
    kh.meta.type = "Kế hoạch";
    kh.meta.date = Date{2021, 11, 26};
    kh.meta.subject = "Tiêm vắc-xin phòng COVID-19";
    Reference ref;
    ref.code = Code("128/NQ-CP", "128", "NQ", "CP");
    kh.references.push_back(ref);
    kh.tasks.push_back(MakeTask(1, "Sở Y tế tổ chức tiêm vắc-xin cho người từ 18 tuổi",
                                {{"Sở Y tế", ""}}, {{"Công an tỉnh", ""}}));
    kh.tasks.push_back(MakeTask(2, "Đào tạo cán bộ y tế cơ sở về tiêm chủng",
                                {{"Sở Nội vụ", ""}}));
    kehoach = Add({"KẾ HOẠCH Triển khai tiêm vắc-xin phòng COVID-19.\nThực hiện Nghị quyết "
                   "số 128/NQ-CP.\nSở Y tế tổ chức tiêm vắc-xin cho người từ 18 tuổi.\n"
                   "Đào tạo cán bộ y tế cơ sở về tiêm chủng."},
                  kh, "kh.txt");
    Directive cv;
    cv.meta.code = Code("91-CV/TU", "91", "CV", "TU", true);
    cv.meta.type = "Công văn";
    cv.meta.date = Date{2021, 5, 7};
    cv.tasks.push_back(MakeTask(1, "Đảng ủy Công an tỉnh quán triệt đến đảng viên",
                                {{"Đảng ủy Công an tỉnh", ""}}));
    congvan = Add({"Tỉnh ủy đề nghị Đảng ủy Công an tỉnh quán triệt đến đảng viên. Cán bộ y "
                   "tế được biểu dương. Tiếp tục đào tạo lại."},
                  cv, "cv.txt");
    Directive plain;
    plain.meta.type = "Thông báo";
    plain.meta.date = Date{2022, 3, 1};
    the_doc = Add({"Tổ chức thể dục thể thao cho cán bộ."}, plain, "the.txt");
    hoa_doc = Add({"Giữ vững hoà bình, hòa giải ở cơ sở."}, plain, "hoa.txt");
    Directive ct;
    ct.meta.type = "Chỉ thị";
    ct.meta.date = Date{2022, 6, 1};
    chithi = Add({"Thế trận lòng dân, thế chủ động, thế và lực, tạo thế mới, thế mạnh, thế "
                  "nước. Thế hệ trẻ."},
                 ct, "the-gioi.txt");
  }

  std::int64_t Add(std::vector<std::string> pages, const Directive& d, std::string name) {
    Result<ImportOutcome> out = store->Import(MakeDocument(std::move(pages), name), d);
    REQUIRE_OK(testing::StatusOf(out));
    return out->id;
  }

  std::vector<std::int64_t> Ids(std::string_view query, SearchFilters filters = {}) {
    Result<SearchResults> r = store->Search(query, filters);
    REQUIRE_OK(testing::StatusOf(r));
    std::vector<std::int64_t> ids;
    for (const SearchHit& h : r->hits) ids.push_back(h.document_id);
    return ids;
  }
};

bool Has(const std::vector<std::int64_t>& ids, std::int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST_CASE("Search: words typed without diacritics find text written with them, đ included") {
  Archive a;
  std::vector<std::int64_t> dao_tao = a.Ids("dao tao");
  std::sort(dao_tao.begin(), dao_tao.end());
  CHECK(dao_tao == std::vector<std::int64_t>{a.kehoach, a.congvan});
  CHECK(a.Ids("tiem vac xin") == std::vector<std::int64_t>{a.kehoach});
  CHECK(a.Ids("TIEM VAC-XIN") == std::vector<std::int64_t>{a.kehoach});
  CHECK(a.Ids("dang uy cong an") == std::vector<std::int64_t>{a.congvan});
  CHECK(a.Ids("tiêm vắc xin") == std::vector<std::int64_t>{a.kehoach});
}

TEST_CASE("Search: tone placement variants match each other, both exactly") {
  Archive a;
  for (const char* q : {"hoà bình", "hòa bình", "hoa binh"}) {
    INFO(q);
    Result<SearchResults> r = a.store->Search(q, {});
    REQUIRE_OK(testing::StatusOf(r));
    REQUIRE(r->hits.size() == 1);
    CHECK(r->hits[0].document_id == a.hoa_doc);
  }
  Result<SearchResults> r = a.store->Search("hòa giải", {});
  REQUIRE_OK(testing::StatusOf(r));
  REQUIRE(r->hits.size() == 1);
  CHECK(r->hits[0].exact);
}

TEST_CASE("Search: a query typed with diacritics ranks exact matches first ('thể' before 'thế')") {
  Archive a;
  std::vector<std::int64_t> ids = a.Ids("thể");
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] == a.the_doc);
  CHECK(ids[1] == a.chithi);
  std::vector<std::int64_t> other = a.Ids("thế");
  REQUIRE(other.size() == 2);
  CHECK(other[0] == a.chithi);
  // Without diacritics both match and plain bm25 decides: the document saying it 8 times.
  CHECK(a.Ids("the")[0] == a.chithi);
}

TEST_CASE("Search: a số ký hiệu finds its document by code, and the documents citing it") {
  Archive a;
  Result<SearchResults> r = a.store->Search("3279/kh-ubnd", {});
  REQUIRE_OK(testing::StatusOf(r));
  CHECK(r->code_query);
  REQUIRE(r->hits.size() == 1);
  CHECK(r->hits[0].match == MatchKind::kCode);
  CHECK(r->hits[0].document_id == a.kehoach);
  CHECK(r->hits[0].code == "3279/KH-UBND");
  Result<SearchResults> cited = a.store->Search("Số 128/NQ-CP", {});
  REQUIRE_OK(testing::StatusOf(cited));
  REQUIRE(cited->hits.size() == 1);
  CHECK(cited->hits[0].match == MatchKind::kCitation);
  CHECK(cited->hits[0].document_id == a.kehoach);
  CHECK(a.Ids("91-CV/TU") == std::vector<std::int64_t>{a.congvan});
}

TEST_CASE("Search: phrases need adjacent words; prefixes and exclusions work") {
  Archive a;
  CHECK(a.Ids("\"can bo y te co so\"") == std::vector<std::int64_t>{a.kehoach});
  CHECK(a.Ids("\"y te can bo\"").empty());
  CHECK(Has(a.Ids("tiem*"), a.kehoach));
  CHECK(a.Ids("dao tao -tiem") == std::vector<std::int64_t>{a.congvan});
}

TEST_CASE("Search: snippets mark the matched words as written, and matching tasks are listed") {
  Archive a;
  Result<SearchResults> r = a.store->Search("dao tao", ByType("KH"));
  REQUIRE_OK(testing::StatusOf(r));
  REQUIRE(r->hits.size() == 1);
  const SearchHit& hit = r->hits[0];
  CHECK(hit.code == "3279/KH-UBND");
  CHECK(hit.date == Date{2021, 11, 26});
  REQUIRE_FALSE(hit.snippet.marks.empty());
  auto [b, e] = hit.snippet.marks[0];
  CHECK(hit.snippet.text.substr(b, e - b) == "Đào");
  CHECK(hit.snippet.text.find('\n') == std::string::npos);
  CHECK(hit.snippet.page == 1);
  REQUIRE(hit.tasks.size() == 1);
  CHECK(hit.tasks[0].lead == std::vector<std::string>{"Sở Nội vụ"});
}

TEST_CASE("Search: type, date and body filters narrow the results") {
  Archive a;
  CHECK(a.Ids("can bo", ByType("Thông báo")) == std::vector<std::int64_t>{a.the_doc});
  CHECK(a.Ids("can bo", ByType("thong bao")) == std::vector<std::int64_t>{a.the_doc});
  std::vector<std::int64_t> since = a.Ids("can bo", Since(Date{2021, 11, 1}));
  CHECK_FALSE(Has(since, a.congvan));
  CHECK(Has(since, a.kehoach));
  CHECK(a.Ids("can bo", Until(Date{2021, 6, 1})) == std::vector<std::int64_t>{a.congvan});
  CHECK(a.Ids("can bo", ByBody("so y te")) == std::vector<std::int64_t>{a.kehoach});
  CHECK(a.Ids("can bo", ByBody("Công an tỉnh")) == std::vector<std::int64_t>{a.kehoach});
  Result<SearchResults> none = a.store->Search("can bo", ByBody("Bộ Ngoại giao"));
  CHECK(none.status().code() == StatusCode::kNotFound);
  Result<SearchResults> limited = a.store->Search("can bo", Limit(1));
  REQUIRE_OK(testing::StatusOf(limited));
  CHECK(limited->hits.size() == 1);
  CHECK(limited->total_matches == 3);
  CHECK(a.store->Search("x", Limit(0)).status().code() == StatusCode::kInvalidArgument);
}

TEST_CASE("Search: every FTS-hostile query is answered or refused, never an SQL error") {
  Archive a;
  std::vector<std::string> queries = {
      "\"", "\"\"", "*", "**", "NEAR", "NEAR(", "NEAR(tiem vac)", "tiem NEAR/2 vac", "-",
      "--", "-tiem", "tiem -", "text:tiem", "^", "^tiem", "+", "(", ")", "((tiem", "tiem))",
      "(a OR b", "a:b:c", "AND", "OR", "NOT", "NOT NOT", "tiem AND", "OR tiem", "\"tiem",
      "tiem\"", "'", "';--", "{}", "[x]", "%", "_", "\\", "\x01", "\x7f", "\x1b[2J",
      "\xff\xfe", "tiem\xff", "\xc3\x28", "tiem*vac", "* tiem", "tiem *", "\"*\"", "-\"\"",
      "", "   ", "\t\n", "SELECT * FROM documents", "rowid=1", "tiem OR 1=1", ":", "tiem^2",
      "+tiem", std::string(10240, 'a'), std::string("\"tiem\0vac\"", 10)};
  for (const std::string& q : queries) {
    INFO("query: " << q.substr(0, 40));
    Result<SearchResults> r = a.store->Search(q, {});
    if (!r.ok()) {
      CHECK_FALSE(r.status().message().empty());
      CHECK(r.status().code() == StatusCode::kInvalidArgument);
      CHECK(r.status().message().find("fts5") == std::string::npos);
      CHECK(r.status().message().find("SQL") == std::string::npos);
    }
  }
  REQUIRE_OK(a.store->CheckIntegrity());
}


std::string Filler(int words) {
  std::string s;
  for (int i = 0; i < words; ++i) s += "nội dung ";  // two tokens each
  return s;
}

// chidao_rank reads FTS5's position lists itself (fts_rank.cpp): gaps of more than 127 and
// 16383 tokens are two- and three-byte varints there.
TEST_CASE("Search: ranking reads positions far apart on long pages (frequency, adjacency)") {
  TempDir dir;
  std::unique_ptr<Store> store = OpenStore(dir.File("long.db"));
  auto add = [&](std::string text, std::string name) {
    Result<ImportOutcome> out = store->Import(MakeDocument({std::move(text)}, name), Directive{});
    REQUIRE_OK(testing::StatusOf(out));
    return out->id;
  };
  // Side by side only once, after 9,000-token gaps between the words' other occurrences.
  std::int64_t adjacent = add("đào " + Filler(100) + "tạo " + Filler(100) + "cán " +
                                  Filler(9000) + "bộ " + Filler(100) + "đào tạo cán bộ.",
                              "adjacent.txt");
  // The words more often, never side by side.
  std::string apart;
  for (int i = 0; i < 6; ++i) apart += "đào " + Filler(70) + "tạo " + Filler(70) + "cán " +
                                       Filler(70) + "bộ " + Filler(70);
  std::int64_t scattered = add(apart, "apart.txt");
  Result<SearchResults> r = store->Search("dao tao can bo", {});
  REQUIRE_OK(testing::StatusOf(r));
  REQUIRE(r->hits.size() == 2);
  CHECK(r->hits[0].document_id == adjacent);
  CHECK(r->hits[1].document_id == scattered);

  // Same length, 6 occurrences 300 tokens apart against 1: frequency decides.
  std::string often;
  for (int i = 0; i < 6; ++i) often += "kiểm tra " + Filler(150);
  std::int64_t many = add(often, "often.txt");
  std::int64_t once = add("kiểm tra " + Filler(905), "once.txt");
  r = store->Search("kiem", {});
  REQUIRE_OK(testing::StatusOf(r));
  REQUIRE(r->hits.size() == 2);
  CHECK(r->hits[0].document_id == many);
  CHECK(r->hits[1].document_id == once);
  CHECK(r->hits[0].score < r->hits[1].score);
}

// chidao_rank drops rows that cannot beat the worst of the best `limit` documents found so
// far (RankFloor): whatever the limit, what is shown must be the head of the full ranking.
TEST_CASE("Search: the first N results are the same whatever the limit") {
  TempDir dir;
  auto store = OpenStore(dir.File("floor.db"));
  const char* words[] = {"đào tạo", "cán bộ", "đạo", "tạo", "dao", "nội dung", "đào"};
  for (int i = 0; i < 60; ++i) {
    std::string page;
    for (int w = 0; w < 3 + (i * 7) % 23; ++w) {
      page += words[(i * 3 + w * (i % 5 + 1)) % 7];
      page += w % 4 == 0 ? ". " : " ";
    }
    Directive d;
    if (i % 4 == 0) {
      d.tasks.push_back(MakeTask(1, page.substr(0, page.size() / 2), {{"Sở Nội vụ", ""}}));
    }
    std::string name = "f" + std::to_string(i) + ".txt";
    REQUIRE_OK(testing::StatusOf(store->Import(MakeDocument({page, "đào tạo " + page}, name), d)));
  }
  for (const char* query : {"đào tạo", "dao tao", "đào", "dao tao can bo", "\"dao tao\" -can",
                            "tạo", "dao*"}) {
    CAPTURE(query);
    Result<SearchResults> all = store->Search(query, Limit(1000));
    REQUIRE_OK(testing::StatusOf(all));
    for (int limit : {1, 2, 5, 13}) {
      Result<SearchResults> some = store->Search(query, Limit(limit));
      REQUIRE_OK(testing::StatusOf(some));
      CHECK(some->total_matches == all->total_matches);
      REQUIRE(some->hits.size() == std::min<std::size_t>(limit, all->hits.size()));
      for (std::size_t i = 0; i < some->hits.size(); ++i) {
        CHECK(some->hits[i].document_id == all->hits[i].document_id);
        CHECK(some->hits[i].score == all->hits[i].score);
        CHECK(some->hits[i].snippet.text == all->hits[i].snippet.text);
        CHECK(some->hits[i].snippet.page == all->hits[i].snippet.page);
      }
    }
  }
}

TEST_CASE("Search: matching tasks come from every page, spans and corrected text alike") {
  TempDir dir;
  auto store = OpenStore(dir.File("tasks.db"));
  std::string page1 = "KẾ HOẠCH đào tạo.\nGiao Sở Y tế   tiêm vắc-xin\ncho trẻ em.";
  std::string page2 = "Trang hai.\nSở Nội vụ đào tạo cán bộ tiêm chủng.";
  Directive d;
  Task on_page1 = MakeTask(1, "Giao Sở Y tế tiêm vắc-xin cho trẻ em.", {{"Sở Y tế", ""}});
  on_page1.span = {1, page1.find("Giao"), page1.size()};
  Task on_page2 = MakeTask(2, "Sở Nội vụ đào tạo cán bộ tiêm chủng.", {{"Sở Nội vụ", ""}});
  on_page2.span = {2, page2.find("Sở"), page2.size()};
  Task own = MakeTask(3, "Công an tỉnh phối hợp tiêm vắc-xin lưu động", {{"Công an tỉnh", ""}});
  d.tasks = {on_page1, on_page2, own};
  Result<ImportOutcome> doc = store->Import(MakeDocument({page1, page2}), d);
  REQUIRE_OK(testing::StatusOf(doc));
  auto tasks_of = [&](std::string_view query) {
    Result<SearchResults> r = store->Search(query, {});
    REQUIRE_OK(testing::StatusOf(r));
    REQUIRE(r->hits.size() == 1);
    std::vector<std::string> texts;
    for (const TaskHit& t : r->hits[0].tasks) texts.push_back(t.text.text);
    return texts;
  };
  CHECK(tasks_of("tiem") ==
        std::vector<std::string>{"Giao Sở Y tế tiêm vắc-xin cho trẻ em.",
                                 "Sở Nội vụ đào tạo cán bộ tiêm chủng.",
                                 "Công an tỉnh phối hợp tiêm vắc-xin lưu động"});
  CHECK(tasks_of("dao tao") ==
        std::vector<std::string>{"Sở Nội vụ đào tạo cán bộ tiêm chủng."});
  CHECK(tasks_of("tiem -\"vac xin\"") ==
        std::vector<std::string>{"Sở Nội vụ đào tạo cán bộ tiêm chủng."});
  // A corrected task is searched in its new text only.
  Result<DocumentRecord> rec = store->GetDocument(std::to_string(doc->id));
  REQUIRE_OK(testing::StatusOf(rec));
  TaskEdit edit;
  edit.text = "Sở Y tế báo cáo kết quả đào tạo";
  edit.author.user = "test";
  REQUIRE_OK(testing::StatusOf(store->EditTask(rec->tasks[0].id, edit)));
  CHECK(tasks_of("dao tao") == std::vector<std::string>{"Sở Y tế báo cáo kết quả đào tạo",
                                                         "Sở Nội vụ đào tạo cán bộ tiêm chủng."});
}

}  // namespace
}  // namespace chidao
