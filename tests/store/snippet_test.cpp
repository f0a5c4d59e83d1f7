// Snippets: the passage around the best cluster of matches, each match marked.
#include <string>
#include <vector>

#include "chidao/store.h"
#include "store_fixture.h"

namespace chidao {
namespace {

using testing::MakeDocument;
using testing::MakeTask;
using testing::OpenStore;
using testing::TempDir;

std::vector<std::string> Marked(const Snippet& s) {
  std::vector<std::string> out;
  for (auto [b, e] : s.marks) out.push_back(s.text.substr(b, e - b));
  return out;
}

std::string Filler(int words) {
  std::string out;
  for (int i = 0; i < words; ++i) out += "nội dung ";
  return out;
}

TEST_CASE("Snippet: the passage is the window with the most distinct words, inside a long page") {
  TempDir dir;
  auto store = OpenStore(dir.File("s.db"));
  // "tiêm" alone early on; "tiêm vắc-xin" together far into the page.
  std::string page = "Mở đầu: tiêm chủng. " + Filler(200) + "Sở Y tế tổ chức tiêm vắc-xin cho người dân. " +
                     Filler(200) + "Kết thúc.";
  REQUIRE(store->Import(MakeDocument({page}), {}).ok());
  Result<SearchResults> r = store->Search("tiem vac xin", {});
  REQUIRE_OK(testing::StatusOf(r));
  REQUIRE(r->hits.size() == 1);
  const Snippet& s = r->hits[0].snippet;
  CHECK(Marked(s) == std::vector<std::string>{"tiêm", "vắc", "xin"});
  CHECK(s.text.rfind("…", 0) == 0);                     // the page goes on before it
  CHECK(s.text.size() - s.text.rfind("…") == std::string("…").size());  // and after it
  CHECK(s.text.find("tổ chức «tiêm»") == std::string::npos);  // marks are not in the text
  CHECK(s.text.find("tổ chức tiêm") != std::string::npos);    // context before the matches
}

TEST_CASE("Snippet: a phrase query marks the phrase as one match; a short task is shown whole") {
  TempDir dir;
  auto store = OpenStore(dir.File("s.db"));
  Directive d;
  d.tasks.push_back(MakeTask(1, "Đào tạo cán bộ y tế cơ sở về tiêm chủng", {{"Sở Y tế", ""}}));
  REQUIRE(store->Import(MakeDocument({"Kế hoạch đào tạo cán bộ. Đào tạo cán bộ y tế cơ sở về "
                                      "tiêm chủng."}),
                        d)
              .ok());
  Result<SearchResults> r = store->Search("\"dao tao\"", {});
  REQUIRE_OK(testing::StatusOf(r));
  REQUIRE(r->hits.size() == 1);
  CHECK(Marked(r->hits[0].snippet) == std::vector<std::string>{"đào tạo", "Đào tạo"});
  CHECK(r->hits[0].snippet.text == "Kế hoạch đào tạo cán bộ. Đào tạo cán bộ y tế cơ sở về tiêm chủng.");
  REQUIRE(r->hits[0].tasks.size() == 1);
  CHECK(r->hits[0].tasks[0].text.text == "Đào tạo cán bộ y tế cơ sở về tiêm chủng");
  CHECK(Marked(r->hits[0].tasks[0].text) == std::vector<std::string>{"Đào tạo"});
}

TEST_CASE("Snippet: a phrase longer than the passage still gives a passage") {
  TempDir dir;
  auto store = OpenStore(dir.File("s.db"));
  std::string words;
  for (int i = 0; i < 30; ++i) words += "từ" + std::to_string(i) + " ";
  REQUIRE(store->Import(MakeDocument({"Mở đầu. " + words + "Kết thúc."}), {}).ok());
  Result<SearchResults> r = store->Search("\"" + words + "\"", {});
  REQUIRE_OK(testing::StatusOf(r));
  REQUIRE(r->hits.size() == 1);
  CHECK_FALSE(r->hits[0].snippet.text.empty());
  CHECK(r->hits[0].snippet.text.find("từ10") != std::string::npos);
}

}  // namespace
}  // namespace chidao
