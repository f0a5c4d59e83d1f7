// Store::EditTask / AddTask / DropTask: corrections change the task, record old → new, keep
// the task index in sync, and never lose anything.
#include <algorithm>

#include "chidao/deadline_text.h"
#include "tracking_fixture.h"

namespace chidao::testing {
namespace {

std::vector<std::int64_t> TaskHitIds(Store& store, const std::string& query) {
  Result<SearchResults> results = store.Search(query, SearchFilters{});
  REQUIRE_OK(StatusOf(results));
  std::vector<std::int64_t> ids;
  for (const SearchHit& hit : results->hits) {
    for (const TaskHit& t : hit.tasks) ids.push_back(t.task_id);
  }
  return ids;
}

bool Contains(const std::vector<std::int64_t>& ids, std::int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST_CASE("Store: EditTask records each changed field old → new and nothing for the rest") {
  TrackingArchive a;
  const std::int64_t id = a.task_ids[2];
  TaskEdit edit;
  edit.lead = std::vector<std::string>{"Sở Y tế", "Sở Thông tin và Truyền thông"};
  edit.deadline = ParseDeadlineText("31/12/2021", Date{2021, 11, 26});
  edit.text = "Báo cáo kết quả về UBND tỉnh trước ngày 15/12/2021.";  // unchanged
  edit.author = Author{"tester", "theo chỉ đạo mới"};
  Result<std::vector<EditRecord>> changes = a.store->EditTask(id, edit);
  REQUIRE_OK(StatusOf(changes));
  REQUIRE(changes->size() == 2);
  CHECK((*changes)[0].field == kEditLead);
  CHECK(NamesFromEditValue(*(*changes)[0].old_value) == std::vector<std::string>{"Sở Y tế"});
  CHECK(NamesFromEditValue(*(*changes)[0].new_value) ==
        std::vector<std::string>{"Sở Y tế", "Sở Thông tin và Truyền thông"});
  CHECK((*changes)[1].field == kEditDeadline);
  CHECK(DeadlineFromEditValue(*(*changes)[1].old_value)->date == Date{2021, 12, 15});
  CHECK(DeadlineFromEditValue(*(*changes)[1].new_value)->date == Date{2021, 12, 31});
  CHECK((*changes)[1].note == "theo chỉ đạo mới");

  const TrackedTask t = a.Get(id);
  REQUIRE(t.task.lead.size() == 2);
  CHECK(t.task.lead[1].name == "Sở Thông tin và Truyền thông");
  CHECK(t.task.deadline->date == Date{2021, 12, 31});
  CHECK(t.Corrected(kEditLead));
  CHECK(t.Corrected(kEditDeadline));
  CHECK_FALSE(t.Corrected(kEditText));
  CHECK(t.edits.size() == 2);
  // The same edit again changes nothing and records nothing.
  Result<std::vector<EditRecord>> again = a.store->EditTask(id, edit);
  REQUIRE_OK(StatusOf(again));
  CHECK(again->empty());
  CHECK(a.Get(id).edits.size() == 2);
  REQUIRE_OK(a.store->CheckIntegrity());
}

TEST_CASE("Store: edited text is what search finds, and the old text no longer is") {
  TrackingArchive a;
  const std::int64_t id = a.task_ids[0];
  // "an ninh" is on the page (task 2), so the document is a hit either way; what changes is
  // which tasks the task index matches.
  CHECK_FALSE(Contains(TaskHitIds(*a.store, "an ninh"), id));
  CHECK(Contains(TaskHitIds(*a.store, "vắc xin"), id));
  TaskEdit edit;
  edit.text = "Sở Y tế bảo đảm an ninh   tại bệnh viện.";
  Result<std::vector<EditRecord>> changes = a.store->EditTask(id, edit);
  REQUIRE_OK(StatusOf(changes));
  REQUIRE(changes->size() == 1);
  CHECK(*changes->front().old_value == "Sở Y tế tổ chức tiêm vắc xin cho người dân.");
  CHECK(*changes->front().new_value == "Sở Y tế bảo đảm an ninh tại bệnh viện.");
  CHECK(a.Get(id).task.text == "Sở Y tế bảo đảm an ninh tại bệnh viện.");
  CHECK(Contains(TaskHitIds(*a.store, "an ninh"), id));
  CHECK_FALSE(Contains(TaskHitIds(*a.store, "vắc xin"), id));
  // FTS5's own integrity check compares the task index with the task texts.
  REQUIRE_OK(a.store->CheckIntegrity());
}

TEST_CASE("Store: an empty text and edits of missing tasks are refused") {
  TrackingArchive a;
  TaskEdit blank;
  blank.text = "   ";
  CHECK(a.store->EditTask(a.task_ids[0], blank).status().code() == StatusCode::kInvalidArgument);
  TaskEdit edit;
  edit.text = "x";
  CHECK(a.store->EditTask(999999, edit).status().code() == StatusCode::kNotFound);
  CHECK(a.Get(a.task_ids[0]).edits.empty());
}

TEST_CASE("Store: a lead naming a body the archive does not know creates that body") {
  TrackingArchive a;
  TaskEdit edit;
  edit.lead = std::vector<std::string>{"Sở Du lịch"};
  edit.support = std::vector<std::string>{};
  REQUIRE_OK(StatusOf(a.store->EditTask(a.task_ids[1], edit)));
  const TrackedTask t = a.Get(a.task_ids[1]);
  REQUIRE(t.task.lead.size() == 1);
  CHECK(t.task.lead[0].name == "Sở Du lịch");
  CHECK(t.task.support.empty());
  CHECK(t.Corrected(kEditSupport));
  Result<std::vector<BodySummary>> bodies = a.store->ListBodies();
  REQUIRE_OK(StatusOf(bodies));
  bool found = false;
  for (const BodySummary& b : *bodies) found = found || (b.name == "Sở Du lịch" && b.lead_tasks == 1);
  CHECK(found);
}

TEST_CASE("Store: AddTask appends a manual task, recorded, searchable and integrity-clean") {
  TrackingArchive a;
  NewTask task;
  task.text = "Sở Giáo dục và Đào tạo tuyên truyền phòng dịch trong trường học.";
  task.lead = {"Sở Giáo dục và Đào tạo"};
  task.support = {"Sở Y tế"};
  task.deadline = ParseDeadlineText("trong quý I/2022", Date{2021, 11, 26});
  task.author = Author{"tester", "sót khi đọc"};
  Result<std::int64_t> id = a.store->AddTask(a.document_id, task);
  REQUIRE_OK(StatusOf(id));
  const TrackedTask t = a.Get(*id);
  CHECK(t.task.origin == "manual");
  CHECK(t.task.position == 4);
  CHECK(t.task.span.page == 0);
  CHECK(t.task.text == task.text);
  CHECK(t.task.deadline->date == Date{2022, 3, 31});
  REQUIRE(t.edits.size() == 1);
  CHECK(t.edits[0].field == kEditAdded);
  CHECK_FALSE(t.edits[0].old_value.has_value());
  CHECK(t.edits[0].note == "sót khi đọc");
  TaskQuery by_health;
  by_health.body = "Sở Y tế";
  CHECK(a.store->ListTasks(by_health)->size() == 4);
  REQUIRE_OK(a.store->CheckIntegrity());
  CHECK(a.store->AddTask(a.document_id + 100, task).status().code() == StatusCode::kNotFound);
}

TEST_CASE("Store: DropTask hides a task from lists but keeps it, and is recorded once") {
  TrackingArchive a;
  const std::int64_t id = a.task_ids[1];
  REQUIRE_OK(StatusOf(a.store->AppendStatus(id, Update("open", {2021, 12, 1}))));
  REQUIRE_OK(a.store->DropTask(id, Author{"tester", "không phải nhiệm vụ"}));
  CHECK(a.store->ListTasks(TaskQuery{})->size() == 2);
  TaskQuery all;
  all.include_dropped = true;
  CHECK(a.store->ListTasks(all)->size() == 3);
  const TrackedTask t = a.Get(id);
  CHECK(t.task.deleted);
  CHECK(t.history.size() == 1);
  REQUIRE(t.edits.size() == 1);
  CHECK(t.edits[0].field == kEditDropped);
  CHECK(*t.edits[0].old_value == "0");
  CHECK(*t.edits[0].new_value == "1");
  CHECK(a.store->DropTask(id, Author{"tester", ""}).code() == StatusCode::kAlreadyExists);
  CHECK(a.Get(id).edits.size() == 1);
  CHECK(a.store->AppendStatus(id, Update("done", {2021, 12, 2})).status().code() ==
        StatusCode::kInvalidArgument);
  TaskEdit edit;
  edit.text = "y";
  CHECK(a.store->EditTask(id, edit).status().code() == StatusCode::kInvalidArgument);
  REQUIRE_OK(a.store->CheckIntegrity());
}

TEST_CASE("Store: a deadline survives the edit-value encoding unchanged") {
  std::optional<Deadline> d = ParseDeadlineText("Hằng ngày, chậm nhất trước 20h00", Date{2021, 11, 26});
  REQUIRE(d.has_value());
  std::optional<std::string> encoded = DeadlineToEditValue(d);
  REQUIRE(encoded.has_value());
  std::optional<Deadline> back = DeadlineFromEditValue(*encoded);
  REQUIRE(back.has_value());
  CHECK(back->kind == d->kind);
  CHECK(back->every == d->every);
  CHECK(back->time == d->time);
  CHECK(back->text == d->text);
  CHECK_FALSE(DeadlineToEditValue(std::nullopt).has_value());
  CHECK_FALSE(DeadlineFromEditValue("not json").has_value());
}

TEST_CASE("ParseDeadlineText: reads a typed date, period, recurrence and refuses prose") {
  const Date doc{2021, 11, 26};
  std::optional<Deadline> date = ParseDeadlineText("15/12/2021", doc);
  REQUIRE(date.has_value());
  CHECK(date->kind == DeadlineKind::kDate);
  CHECK(date->date == Date{2021, 12, 15});
  CHECK(date->text == "15/12/2021");
  std::optional<Deadline> yearless = ParseDeadlineText("trước ngày 20/12", doc);
  REQUIRE(yearless.has_value());
  CHECK(yearless->date == Date{2021, 12, 20});
  std::optional<Deadline> quarter = ParseDeadlineText("trong quý I/2022", doc);
  REQUIRE(quarter.has_value());
  CHECK(quarter->kind == DeadlineKind::kPeriod);
  CHECK(quarter->date == Date{2022, 3, 31});
  std::optional<Deadline> monthly = ParseDeadlineText("trước ngày 25 hằng tháng", doc);
  REQUIRE(monthly.has_value());
  CHECK(monthly->kind == DeadlineKind::kRecurring);
  CHECK(monthly->every == Recurrence::kMonth);
  CHECK(monthly->day_of_period == 25);
  std::optional<Deadline> ongoing = ParseDeadlineText("thường xuyên", doc);
  REQUIRE(ongoing.has_value());
  CHECK(ongoing->kind == DeadlineKind::kOngoing);
  CHECK_FALSE(ParseDeadlineText("khi nào xong thì báo", doc).has_value());
  CHECK_FALSE(ParseDeadlineText("", doc).has_value());
}

}  // namespace
}  // namespace chidao::testing
