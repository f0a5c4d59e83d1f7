#include "report/checklist.h"

#include "report/calendar.h"
#include "sample_model.h"
#include "support/test_util.h"

using chidao::Date;
using chidao::Result;
using namespace chidao::report;
using namespace chidao::report::testing;

namespace {

const ChecklistRow& FindRow(const Checklist& c, std::int64_t task_id) {
  static const ChecklistRow kMissing;
  for (const ChecklistGroup& g : c.groups) {
    for (const ChecklistRow& r : g.rows) {
      if (r.task_id == task_id) return r;
    }
  }
  FAIL_CHECK("task " << task_id << " is not in the checklist");
  return kMissing;
}

bool Has(const Checklist& c, std::int64_t task_id) {
  for (const ChecklistGroup& g : c.groups) {
    for (const ChecklistRow& r : g.rows) {
      if (r.task_id == task_id) return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("BuildChecklist: lists the tasks a body leads or supports, grouped by directive") {
  const Checklist c = SampleChecklist();
  CHECK(c.body == "Sở Y tế");
  CHECK(c.today == SampleToday());
  REQUIRE(c.groups.size() == 3);
  CHECK(c.TaskCount() == 10);  // all but task 10 (Công an tỉnh)
  CHECK_FALSE(Has(c, 10));
  CHECK(c.CountRole(Role::kLead) == 8);
  CHECK(c.CountRole(Role::kSupport) == 2);
}

TEST_CASE("BuildChecklist: orders directives by date, undated last, and numbers rows in each") {
  const Checklist c = SampleChecklist();
  REQUIRE(c.groups.size() == 3);
  CHECK(c.groups[0].directive.code == "91-CV/TU");      // 07/05/2021
  CHECK(c.groups[1].directive.code == "3279/KH-UBND");  // 26/11/2021
  CHECK(c.groups[2].directive.file_name == "cong-van-scan.pdf");
  for (const ChecklistGroup& g : c.groups) {
    for (std::size_t i = 0; i < g.rows.size(); ++i) CHECK(g.rows[i].stt == static_cast<int>(i + 1));
  }
  // Rows keep document order within the directive.
  CHECK(c.groups[1].rows[0].task_id == 1);
  CHECK(c.groups[1].rows[3].task_id == 4);
}

TEST_CASE("BuildChecklist: computes due dates and states for the checklist's day") {
  const Checklist c = SampleChecklist();
  CHECK(FindRow(c, 1).state == DerivedState::kDoneOnTime);
  CHECK(FindRow(c, 2).state == DerivedState::kOnTrack);
  CHECK(FindRow(c, 3).state == DerivedState::kOverdue);
  CHECK(FindRow(c, 4).state == DerivedState::kDueSoon);  // thứ Sáu 08/03, 3 days away
  CHECK(FindRow(c, 4).due.date == Date{2024, 3, 8});
  CHECK(FindRow(c, 5).state == DerivedState::kDueSoon);  // daily
  CHECK(FindRow(c, 6).state == DerivedState::kNoDeadline);
  CHECK(FindRow(c, 7).state == DerivedState::kDoneOnTime);
  CHECK(FindRow(c, 8).state == DerivedState::kDoneLate);
  CHECK(FindRow(c, 9).state == DerivedState::kNoDeadline);
  CHECK(FindRow(c, 11).state == DerivedState::kOnTrack);  // 25/03
}

TEST_CASE("BuildChecklist: fills the printed columns") {
  const Checklist c = SampleChecklist();
  const ChecklistRow& first = FindRow(c, 1);
  CHECK(first.role == Role::kLead);
  CHECK(first.deadline_label == "15/12/2021");
  CHECK(first.status == TaskStatus::kDone);
  CHECK(first.status_on == Date{2021, 12, 10});
  CHECK(first.note == "Đã trình");
  CHECK(SourceLabel(first) == "3279/KH-UBND, tr. 3");
  CHECK(DueCell(FindRow(c, 5)) == "Hằng ngày trước 20:00 (kỳ tới 05/03/2024)");
  CHECK(DueCell(FindRow(c, 6)) == "Thường xuyên");
  CHECK(DueCell(FindRow(c, 7)) == "Ngay");
  CHECK(DueCell(FindRow(c, 9)) == "Từ 01/11/2021");
  CHECK(SourceLabel(FindRow(c, 8)) == "cong-van-scan.pdf, tr. 1");
}

TEST_CASE("BuildChecklist: notes say who leads a supported task and what staff corrected") {
  const Checklist c = SampleChecklist();
  const ChecklistRow& supported = FindRow(c, 4);
  CHECK(supported.role == Role::kSupport);
  CHECK(NoteCell(supported) == "Chủ trì: Sở Giáo dục và Đào tạo");
  CHECK(NoteCell(FindRow(c, 6)) == "Đã sửa: hạn");
  CHECK(NoteCell(FindRow(c, 7)) == "Nhiệm vụ do cán bộ bổ sung. Đã sửa: nội dung");
  CHECK(NoteCell(FindRow(c, 8)) == "Nộp muộn do thiếu số liệu");
  CHECK(NoteCell(FindRow(c, 2)).empty());
}

TEST_CASE("BuildChecklist: filters by role, status and directive") {
  const std::vector<TaskRecord> tasks = SampleTasks();
  ChecklistOptions options;
  options.role = RoleFilter::kSupport;
  Checklist c = BuildChecklist(kHealth, tasks, SampleToday(), options);
  CHECK(c.TaskCount() == 2);
  CHECK(c.CountRole(Role::kSupport) == 2);

  options = {};
  options.status = TaskStatus::kDone;
  c = BuildChecklist(kHealth, tasks, SampleToday(), options);
  CHECK(c.TaskCount() == 3);

  options = {};
  options.status = TaskStatus::kOpen;  // never set counts as open
  c = BuildChecklist(kHealth, tasks, SampleToday(), options);
  CHECK(c.TaskCount() == 5);

  options = {};
  options.document_id = 2;
  c = BuildChecklist(kHealth, tasks, SampleToday(), options);
  REQUIRE(c.groups.size() == 1);
  CHECK(c.groups[0].directive.code == "91-CV/TU");
}

TEST_CASE("BuildChecklist: a body both leading and supporting a task is listed once, as lead") {
  TaskRecord t;
  t.task_id = 1;
  t.lead = {"Sở Y tế"};
  t.support = {"Sở Y tế", "Công an tỉnh"};
  const Checklist c = BuildChecklist("Sở Y tế", {t}, SampleToday());
  REQUIRE(c.TaskCount() == 1);
  CHECK(c.groups[0].rows[0].role == Role::kLead);
}

TEST_CASE("BuildChecklist: an unknown body gets an empty checklist") {
  const Checklist c = BuildChecklist("Sở Tài chính", SampleTasks(), SampleToday());
  CHECK(c.groups.empty());
  CHECK(c.TaskCount() == 0);
}

TEST_CASE("DirectiveTitle: names type, code, date and issuer, or the file") {
  const Checklist c = SampleChecklist();
  CHECK(DirectiveTitle(c.groups[1].directive) ==
        "Kế hoạch số 3279/KH-UBND ngày 26/11/2021 của UBND tỉnh Cao Bằng");
  CHECK(DirectiveTitle(c.groups[2].directive) == "Văn bản (tệp cong-van-scan.pdf)");
}

TEST_CASE("ParseRoleFilter: reads lead, support and any in English or Vietnamese") {
  CHECK(*ParseRoleFilter("lead") == RoleFilter::kLead);
  CHECK(*ParseRoleFilter("phối hợp") == RoleFilter::kSupport);
  CHECK(*ParseRoleFilter("any") == RoleFilter::kAny);
  CHECK_FALSE(ParseRoleFilter("boss").ok());
}
