#include "report/task_filter.h"

#include "sample_model.h"
#include "support/test_util.h"

using chidao::Date;
using namespace chidao::report;
using namespace chidao::report::testing;

namespace {

std::vector<std::int64_t> Ids(const std::vector<TaskRecord>& tasks, const TaskFilter& filter) {
  std::vector<std::int64_t> ids;
  for (const TaskRecord& t : tasks) {
    if (Matches(t, filter, SampleToday())) ids.push_back(t.task_id);
  }
  return ids;
}

std::vector<std::int64_t> Ids(const std::vector<DueItem>& items) {
  std::vector<std::int64_t> ids;
  for (const DueItem& item : items) ids.push_back(item.task->task_id);
  return ids;
}

using V = std::vector<std::int64_t>;

}  // namespace

TEST_CASE("TaskFilter: selects a body's tasks by role") {
  const std::vector<TaskRecord> tasks = SampleTasks();
  TaskFilter filter;
  filter.body = kHealth;
  CHECK(Ids(tasks, filter) == V{1, 2, 3, 4, 5, 6, 7, 8, 9, 11});
  filter.role = RoleFilter::kLead;
  CHECK(Ids(tasks, filter) == V{1, 2, 3, 5, 6, 7, 8, 9});
  filter.role = RoleFilter::kSupport;
  CHECK(Ids(tasks, filter) == V{4, 11});
  CHECK(RoleOf(tasks[3], kHealth) == Role::kSupport);
  CHECK_FALSE(RoleOf(tasks[9], kHealth).has_value());
}

TEST_CASE("TaskFilter: selects by status, directive and due date") {
  const std::vector<TaskRecord> tasks = SampleTasks();
  TaskFilter filter;
  filter.status = TaskStatus::kDone;
  CHECK(Ids(tasks, filter) == V{1, 7, 8});
  filter = {};
  filter.document_id = 2;
  CHECK(Ids(tasks, filter) == V{5, 6, 7});
  filter = {};
  filter.due_before = Date{2024, 3, 8};  // daily task 5 is due today; weekly task 4 on 08/03
  CHECK(Ids(tasks, filter) == V{1, 3, 4, 5, 8, 10});
  filter.body = kHealth;
  filter.status = TaskStatus::kOpen;
  CHECK(Ids(tasks, filter) == V{4, 5});
}

TEST_CASE("TaskFilter: with no body, a role keeps tasks that have one") {
  const std::vector<TaskRecord> tasks = SampleTasks();
  TaskFilter filter;
  filter.role = RoleFilter::kLead;
  CHECK(Ids(tasks, filter).size() == 10);  // all but task 11, which has no lead
}

TEST_CASE("BuildDueList: lists open tasks late or due within N days, earliest first") {
  const std::vector<TaskRecord> tasks = SampleTasks();
  std::vector<DueItem> due = BuildDueList(tasks, SampleToday());
  CHECK(Ids(due) == V{10, 3, 5, 4});
  REQUIRE(due.size() == 4);
  CHECK(due[0].days_left == -34);
  CHECK(due[0].state == DerivedState::kOverdue);
  CHECK(due[2].due == SampleToday());
  CHECK(due[2].time == std::optional<std::string>("20:00"));
  CHECK(due[3].state == DerivedState::kDueSoon);
  DueOptions options;
  options.within_days = 30;
  CHECK(Ids(BuildDueList(tasks, SampleToday(), options)) == V{10, 3, 5, 4, 11, 2});
}

TEST_CASE("BuildDueList: --overdue keeps only late tasks; --body narrows and gives the role") {
  const std::vector<TaskRecord> tasks = SampleTasks();
  DueOptions options;
  options.overdue_only = true;
  CHECK(Ids(BuildDueList(tasks, SampleToday(), options)) == V{10, 3});
  options = {};
  options.body = kHealth;
  const std::vector<DueItem> due = BuildDueList(tasks, SampleToday(), options);
  CHECK(Ids(due) == V{3, 5, 4});
  CHECK(due[2].role == Role::kSupport);
  CHECK(due[0].role == Role::kLead);
}

TEST_CASE("BuildDueList: done tasks and tasks without a due date never appear") {
  DueOptions options;
  options.within_days = 3660;
  const std::vector<TaskRecord> tasks = SampleTasks();
  const std::vector<DueItem> due = BuildDueList(tasks, SampleToday(), options);
  for (const DueItem& item : due) {
    CHECK(CurrentStatus(item.task->history) != TaskStatus::kDone);
  }
  CHECK(Ids(due) == V{10, 3, 5, 4, 11, 2});  // not 6 (ongoing), 7 (done), 9 (start)
}
