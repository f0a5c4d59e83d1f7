// An archive holding one directive with three tasks, for the tracking tests:
//   task 1 "Sở Y tế tổ chức tiêm vắc xin ..." (text = its page span), lead Sở Y tế
//   task 2 "Công an tỉnh bảo đảm an ninh ...", lead Công an tỉnh, support Sở Y tế
//   task 3 "Báo cáo kết quả ...", lead Sở Y tế, deadline 15/12/2021
#pragma once

#include <memory>
#include <string>

#include "store/store_fixture.h"

namespace chidao::testing {

inline constexpr const char* kTrackingPage =
    "KẾ HOẠCH\nSở Y tế tổ chức tiêm vắc xin cho người dân.\n"
    "Công an tỉnh bảo đảm an ninh trật tự tại các điểm tiêm.\n"
    "Báo cáo kết quả về UBND tỉnh trước ngày 15/12/2021.\n";

struct TrackingArchive {
  TempDir dir;
  std::unique_ptr<Store> store;
  std::int64_t document_id = 0;
  std::vector<std::int64_t> task_ids;  // in document order

  TrackingArchive() {
    store = OpenStore(dir.File("tracking.db"));
    Document doc = MakeDocument({kTrackingPage}, "ke-hoach.txt");
    Directive d;
    d.meta.code = Code("3279/KH-UBND", "3279", "KH", "UBND");
    d.meta.date = Date{2021, 11, 26};
    d.meta.subject = "Tiêm vắc xin";
    const std::string page = kTrackingPage;
    auto span_of = [&](const std::string& sentence) {
      Span s;
      s.start = page.find(sentence);
      s.end = s.start + sentence.size();
      return s;
    };
    Task t1 = MakeTask(1, "Sở Y tế tổ chức tiêm vắc xin cho người dân.", {{"Sở Y tế", "Sở Y tế"}});
    t1.span = span_of(t1.text);
    Task t2 = MakeTask(2, "Công an tỉnh bảo đảm an ninh trật tự tại các điểm tiêm.",
                       {{"Công an tỉnh", "Công an tỉnh"}}, {{"Sở Y tế", "Giám đốc Sở Y tế"}});
    t2.span = span_of(t2.text);
    Task t3 = MakeTask(3, "Báo cáo kết quả về UBND tỉnh trước ngày 15/12/2021.",
                       {{"Sở Y tế", "Sở Y tế"}});
    t3.span = span_of(t3.text);
    Deadline due;
    due.kind = DeadlineKind::kDate;
    due.date = Date{2021, 12, 15};
    due.text = "trước ngày 15/12/2021";
    t3.deadline = due;
    d.tasks = {t1, t2, t3};
    Result<ImportOutcome> imported = store->Import(doc, d);
    REQUIRE_OK(StatusOf(imported));
    document_id = imported->id;
    Result<std::vector<TrackedTask>> tasks = store->ListTasks(TaskQuery{});
    REQUIRE_OK(StatusOf(tasks));
    for (const TrackedTask& t : *tasks) task_ids.push_back(t.task.id);
    REQUIRE(task_ids.size() == 3);
  }

  TrackedTask Get(std::int64_t id) {
    Result<TrackedTask> t = store->GetTask(id);
    REQUIRE_OK(StatusOf(t));
    return std::move(t).value();
  }
};

inline StatusUpdate Update(std::string status, Date on, std::string note = "") {
  return StatusUpdate{std::move(status), on, Author{"tester", std::move(note)}};
}

}  // namespace chidao::testing
