#include <atomic>
#include <mutex>
#include <thread>

#include "chidao/store.h"
#include "store_fixture.h"

namespace chidao {
namespace {

using testing::MakeDocument;
using testing::MakeTask;
using testing::OpenStore;
using testing::TempDir;
using testing::ByBody;
using testing::ByType;
using testing::Limit;
using testing::Since;
using testing::Until;

Directive DirectiveWithTasks(int n) {
  Directive d;
  for (int i = 1; i <= n; ++i) {
    d.tasks.push_back(MakeTask(i, "Nhiệm vụ số " + std::to_string(i) + " về tiêm vắc xin",
                               {{"Sở Y tế", ""}}, {{"Sở Nội vụ " + std::to_string(i % 3), ""}}));
  }
  return d;
}

TEST_CASE("Concurrency: two importers and a searcher on one archive all succeed") {
  TempDir dir;
  const std::string path = dir.File("shared.db");
  OpenStore(path);  // create the schema once, as the first `chidao import` would
  constexpr int kDocsPerWriter = 40;
  std::atomic<int> failures{0};
  std::atomic<bool> writers_done{false};
  std::string first_error;
  std::mutex error_mutex;
  auto fail = [&](const Status& s) {
    std::lock_guard<std::mutex> lock(error_mutex);
    if (failures++ == 0) first_error = s.ToString();
  };
  auto writer = [&](int which) {
    Result<std::unique_ptr<Store>> store = Store::Open(path);
    if (!store.ok()) return fail(store.status());
    for (int i = 0; i < kDocsPerWriter; ++i) {
      std::string text = "Văn bản " + std::to_string(which) + "-" + std::to_string(i) +
                         ": tổ chức tiêm vắc xin, đào tạo cán bộ y tế.";
      // Both writers also import one shared document: exactly one of them stores it.
      Document doc = MakeDocument({i == kDocsPerWriter / 2 ? "chung" : text});
      Result<ImportOutcome> out = (*store)->Import(doc, DirectiveWithTasks(5));
      if (!out.ok()) fail(out.status());
    }
  };
  auto searcher = [&] {
    Result<std::unique_ptr<Store>> store = Store::Open(path);
    if (!store.ok()) return fail(store.status());
    int rounds = 0;
    while (!writers_done || rounds < 5) {
      for (const char* q : {"tiem vac xin", "đào tạo", "\"can bo y te\"", "91-CV/TU"}) {
        Result<SearchResults> r = (*store)->Search(q, {});
        if (!r.ok()) fail(r.status());
      }
      ++rounds;
    }
  };
  std::thread reader(searcher);
  std::thread w1(writer, 1);
  std::thread w2(writer, 2);
  w1.join();
  w2.join();
  writers_done = true;
  reader.join();
  INFO(first_error);
  CHECK(failures == 0);
  auto store = OpenStore(path);
  REQUIRE_OK(store->CheckIntegrity());
  Result<std::vector<DocumentSummary>> docs = store->ListDocuments();
  REQUIRE_OK(testing::StatusOf(docs));
  CHECK(docs->size() == 2 * kDocsPerWriter - 1);
  Result<SearchResults> all = store->Search("tiem vac xin", Limit(1000));
  REQUIRE_OK(testing::StatusOf(all));
  CHECK(all->total_matches == 2 * kDocsPerWriter - 2);
}

}  // namespace
}  // namespace chidao
