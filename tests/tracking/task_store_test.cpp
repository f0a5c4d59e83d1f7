// Store::ListTasks / GetTask / AppendStatus: tasks come back with their directive and bodies,
// and the status history only ever grows.
#include <SQLiteCpp/Database.h>

#include "tracking_fixture.h"

namespace chidao::testing {
namespace {

TEST_CASE("Store: ListTasks returns each task with its directive, bodies by role and deadline") {
  TrackingArchive a;
  Result<std::vector<TrackedTask>> tasks = a.store->ListTasks(TaskQuery{});
  REQUIRE_OK(StatusOf(tasks));
  REQUIRE(tasks->size() == 3);
  const TrackedTask& second = (*tasks)[1];
  CHECK(second.document.code == "3279/KH-UBND");
  CHECK(second.document.date == Date{2021, 11, 26});
  CHECK(second.document.subject == "Tiêm vắc xin");
  CHECK(second.task.text == "Công an tỉnh bảo đảm an ninh trật tự tại các điểm tiêm.");
  REQUIRE(second.task.lead.size() == 1);
  CHECK(second.task.lead[0].name == "Công an tỉnh");
  REQUIRE(second.task.support.size() == 1);
  CHECK(second.task.support[0].name == "Sở Y tế");
  CHECK(second.task.support[0].alias == "Giám đốc Sở Y tế");
  CHECK(second.task.span.page == 1);
  CHECK(second.history.empty());
  CHECK(second.edits.empty());
  REQUIRE((*tasks)[2].task.deadline.has_value());
  CHECK((*tasks)[2].task.deadline->date == Date{2021, 12, 15});
}

TEST_CASE("Store: ListTasks by body finds the tasks it leads and the ones it supports") {
  TrackingArchive a;
  TaskQuery by_health;
  by_health.body = "Sở Y tế";
  Result<std::vector<TrackedTask>> health = a.store->ListTasks(by_health);
  REQUIRE_OK(StatusOf(health));
  CHECK(health->size() == 3);
  TaskQuery by_police;
  by_police.body = "Công an tỉnh";
  Result<std::vector<TrackedTask>> police = a.store->ListTasks(by_police);
  REQUIRE_OK(StatusOf(police));
  REQUIRE(police->size() == 1);
  CHECK(police->front().task.id == a.task_ids[1]);
  TaskQuery unknown;
  unknown.body = "Sở Du lịch";
  Result<std::vector<TrackedTask>> none = a.store->ListTasks(unknown);
  REQUIRE_OK(StatusOf(none));
  CHECK(none->empty());
}

TEST_CASE("Store: ListTasks by document and GetTask of a missing id is NotFound") {
  TrackingArchive a;
  TaskQuery other;
  other.document_id = a.document_id + 100;
  Result<std::vector<TrackedTask>> none = a.store->ListTasks(other);
  REQUIRE_OK(StatusOf(none));
  CHECK(none->empty());
  Result<TrackedTask> missing = a.store->GetTask(999999);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == StatusCode::kNotFound);
}

TEST_CASE("Store: two statuses give two history rows and the first is unchanged") {
  TrackingArchive a;
  const std::int64_t id = a.task_ids[0];
  Result<StatusRecord> first = a.store->AppendStatus(id, Update("in-progress", {2021, 12, 1}, "bắt đầu"));
  REQUIRE_OK(StatusOf(first));
  Result<StatusRecord> second = a.store->AppendStatus(id, Update("done", {2021, 12, 10}, "xong"));
  REQUIRE_OK(StatusOf(second));
  const TrackedTask t = a.Get(id);
  REQUIRE(t.history.size() == 2);
  CHECK(t.history[0].status == "in-progress");
  CHECK(t.history[0].effective_on == Date{2021, 12, 1});
  CHECK(t.history[0].note == "bắt đầu");
  CHECK(t.history[0].user == "tester");
  CHECK_FALSE(t.history[0].recorded_at.empty());
  CHECK(t.history[1].status == "done");
  CHECK(t.history[1].id > t.history[0].id);
  // Other tasks are untouched.
  CHECK(a.Get(a.task_ids[1]).history.empty());
}

TEST_CASE("Store: an unknown status word is refused before anything is written") {
  TrackingArchive a;
  Result<StatusRecord> bad = a.store->AppendStatus(a.task_ids[0], Update("finished", {2021, 12, 1}));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == StatusCode::kInvalidArgument);
  CHECK(a.Get(a.task_ids[0]).history.empty());
  Result<StatusRecord> missing = a.store->AppendStatus(999999, Update("done", {2021, 12, 1}));
  CHECK(missing.status().code() == StatusCode::kNotFound);
}

TEST_CASE("Store: the status and edit histories refuse UPDATE and DELETE, even by hand") {
  TrackingArchive a;
  REQUIRE_OK(StatusOf(a.store->AppendStatus(a.task_ids[0], Update("done", {2021, 12, 1}))));
  TaskEdit edit;
  edit.text = "Sở Y tế tổ chức tiêm mũi nhắc lại.";
  REQUIRE_OK(StatusOf(a.store->EditTask(a.task_ids[0], edit)));
  SQLite::Database raw(a.dir.File("tracking.db"), SQLite::OPEN_READWRITE);
  CHECK_THROWS(raw.exec("UPDATE task_status SET status = 'open'"));
  CHECK_THROWS(raw.exec("DELETE FROM task_status"));
  CHECK_THROWS(raw.exec("UPDATE task_edits SET new_value = 'x'"));
  CHECK_THROWS(raw.exec("DELETE FROM task_edits"));
  CHECK(raw.execAndGet("SELECT count(*) FROM task_status").getInt() == 1);
  CHECK(raw.execAndGet("SELECT count(*) FROM task_edits").getInt() == 1);
}

}  // namespace
}  // namespace chidao::testing
