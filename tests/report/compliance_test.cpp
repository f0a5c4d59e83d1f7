#include "report/compliance.h"

#include "report/calendar.h"
#include "support/test_util.h"

using chidao::Date;
using chidao::Deadline;
using chidao::DeadlineKind;
using chidao::Recurrence;
using chidao::Result;
using namespace chidao::report;

namespace {

Deadline Fixed(DeadlineKind kind, Date date) {
  Deadline d;
  d.kind = kind;
  d.date = date;
  return d;
}

Deadline Every(Recurrence every, std::optional<int> day = std::nullopt,
               std::optional<std::string> time = std::nullopt) {
  Deadline d;
  d.kind = DeadlineKind::kRecurring;
  d.every = every;
  d.day_of_period = day;
  d.time = std::move(time);
  return d;
}

Deadline Kind(DeadlineKind kind) {
  Deadline d;
  d.kind = kind;
  return d;
}

std::optional<Date> Next(const Deadline& d, Date from) { return NextOccurrence(d, from); }

StatusEntry Done(Date on) { return StatusEntry{TaskStatus::kDone, on, "", "u", ""}; }
StatusEntry Set(TaskStatus s, Date on) { return StatusEntry{s, on, "", "u", ""}; }

const Date kToday{2024, 3, 5};  // a Tuesday

}  // namespace

TEST_CASE("TaskStatus: prints CLI words and Vietnamese labels") {
  CHECK(std::string(ToCliWord(TaskStatus::kInProgress)) == "in-progress");
  CHECK(std::string(ToLabel(TaskStatus::kOpen)) == "Chưa thực hiện");
  CHECK(std::string(ToLabel(TaskStatus::kInProgress)) == "Đang thực hiện");
  CHECK(std::string(ToLabel(TaskStatus::kDone)) == "Hoàn thành");
  CHECK(std::string(ToLabel(TaskStatus::kBlocked)) == "Vướng mắc");
}

TEST_CASE("TaskStatus: parses CLI words and labels with or without diacritics") {
  CHECK(*ParseTaskStatus("done") == TaskStatus::kDone);
  CHECK(*ParseTaskStatus("In_Progress") == TaskStatus::kInProgress);
  CHECK(*ParseTaskStatus("blocked") == TaskStatus::kBlocked);
  CHECK(*ParseTaskStatus("open") == TaskStatus::kOpen);
  CHECK(*ParseTaskStatus("Hoàn thành") == TaskStatus::kDone);
  CHECK(*ParseTaskStatus("dang thuc hien") == TaskStatus::kInProgress);
  CHECK(*ParseTaskStatus("VƯỚNG MẮC") == TaskStatus::kBlocked);
  CHECK(*ParseTaskStatus("chua  thuc hien") == TaskStatus::kOpen);
  Result<TaskStatus> bad = ParseTaskStatus("finished");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("in-progress") != std::string::npos);
}

TEST_CASE("TaskStatus: the current status is the last one appended, open when none") {
  CHECK(CurrentStatus({}) == TaskStatus::kOpen);
  // Appended later with an earlier --on date: still the current one.
  CHECK(CurrentStatus({Set(TaskStatus::kInProgress, {2024, 3, 4}), Set(TaskStatus::kBlocked, {2024, 3, 1})}) ==
        TaskStatus::kBlocked);
}

TEST_CASE("DueDate: a date or period deadline is due on that date") {
  DueDate due = ComputeDueDate(Fixed(DeadlineKind::kDate, {2021, 12, 15}), kToday);
  CHECK(due.date == Date{2021, 12, 15});
  CHECK_FALSE(due.recurring);
  due = ComputeDueDate(Fixed(DeadlineKind::kPeriod, {2024, 3, 31}), kToday);
  CHECK(due.date == Date{2024, 3, 31});
}

TEST_CASE("DueDate: start, ongoing, asap and no deadline have no due date") {
  CHECK_FALSE(ComputeDueDate(Fixed(DeadlineKind::kStart, {2021, 11, 1}), kToday).date);
  CHECK_FALSE(ComputeDueDate(Kind(DeadlineKind::kOngoing), kToday).date);
  CHECK_FALSE(ComputeDueDate(Kind(DeadlineKind::kAsap), kToday).date);
  CHECK_FALSE(ComputeDueDate(std::nullopt, kToday).date);
  // A date deadline whose date the parser could not read.
  CHECK_FALSE(ComputeDueDate(Kind(DeadlineKind::kDate), kToday).date);
}

TEST_CASE("DueDate: a recurring deadline is due at its next occurrence, with its time") {
  DueDate due = ComputeDueDate(Every(Recurrence::kDay, std::nullopt, "20:00"), kToday);
  CHECK(due.recurring);
  CHECK(due.date == kToday);
  CHECK(due.time == std::optional<std::string>("20:00"));
}

TEST_CASE("NextOccurrence: daily is today") {
  CHECK(Next(Every(Recurrence::kDay), {2024, 2, 29}) == Date{2024, 2, 29});
}

TEST_CASE("NextOccurrence: weekly falls on the stated weekday, thứ Sáu by default") {
  CHECK(Next(Every(Recurrence::kWeek, 5), kToday) == Date{2024, 3, 8});
  CHECK(Next(Every(Recurrence::kWeek, 2), kToday) == kToday);               // today is thứ Ba
  CHECK(Next(Every(Recurrence::kWeek, 1), kToday) == Date{2024, 3, 11});    // next thứ Hai
  CHECK(Next(Every(Recurrence::kWeek, 7), {2024, 12, 30}) == Date{2025, 1, 5});
  CHECK(Next(Every(Recurrence::kWeek), kToday) == Date{2024, 3, 8});
}

TEST_CASE("NextOccurrence: monthly clamps the day to the month's end") {
  CHECK(Next(Every(Recurrence::kMonth, 25), kToday) == Date{2024, 3, 25});
  CHECK(Next(Every(Recurrence::kMonth, 25), {2024, 3, 26}) == Date{2024, 4, 25});
  CHECK(Next(Every(Recurrence::kMonth, 31), {2024, 4, 1}) == Date{2024, 4, 30});
  CHECK(Next(Every(Recurrence::kMonth, 31), {2024, 2, 10}) == Date{2024, 2, 29});  // leap year
  CHECK(Next(Every(Recurrence::kMonth, 30), {2023, 2, 10}) == Date{2023, 2, 28});
  CHECK(Next(Every(Recurrence::kMonth, 31), {2024, 1, 31}) == Date{2024, 1, 31});
  CHECK(Next(Every(Recurrence::kMonth, 15), {2024, 12, 16}) == Date{2025, 1, 15});
  CHECK(Next(Every(Recurrence::kMonth), {2024, 2, 10}) == Date{2024, 2, 29});      // last day
}

TEST_CASE("NextOccurrence: quarterly, half-yearly and yearly end with their period") {
  CHECK(Next(Every(Recurrence::kQuarter), kToday) == Date{2024, 3, 31});
  CHECK(Next(Every(Recurrence::kQuarter), {2024, 4, 1}) == Date{2024, 6, 30});
  CHECK(Next(Every(Recurrence::kQuarter, 15), {2024, 3, 16}) == Date{2024, 6, 15});
  CHECK(Next(Every(Recurrence::kQuarter, 20), {2024, 12, 21}) == Date{2025, 3, 20});
  CHECK(Next(Every(Recurrence::kHalfYear), kToday) == Date{2024, 6, 30});
  CHECK(Next(Every(Recurrence::kHalfYear), {2024, 7, 1}) == Date{2024, 12, 31});
  CHECK(Next(Every(Recurrence::kYear), kToday) == Date{2024, 12, 31});
  CHECK(Next(Every(Recurrence::kYear, 15), {2024, 12, 16}) == Date{2025, 12, 15});
}

TEST_CASE("NextOccurrence: a yearly deadline with a date recurs on that day, 29/02 in leap years only") {
  Deadline d = Every(Recurrence::kYear);
  d.date = Date{2020, 2, 29};
  CHECK(Next(d, {2023, 1, 10}) == Date{2023, 2, 28});
  CHECK(Next(d, {2023, 3, 1}) == Date{2024, 2, 29});
  d.date = Date{2021, 12, 15};
  CHECK(Next(d, kToday) == Date{2024, 12, 15});
}

TEST_CASE("NextOccurrence: occurrences begin on a stated first date") {
  Deadline d = Every(Recurrence::kMonth, 25);
  d.date = Date{2025, 1, 1};  // "Từ ngày 01/01/2025, báo cáo trước ngày 25 hằng tháng"
  CHECK(Next(d, kToday) == Date{2025, 1, 25});
}

TEST_CASE("NextOccurrence: is none for non-recurring deadlines") {
  CHECK_FALSE(Next(Fixed(DeadlineKind::kDate, {2024, 3, 1}), kToday));
  CHECK_FALSE(Next(Every(Recurrence::kNone), kToday));
}

TEST_CASE("DerivedState: labels follow Vietnamese task-tracking reports") {
  CHECK(std::string(ToLabel(DerivedState::kDoneOnTime)) == "hoàn thành đúng hạn");
  CHECK(std::string(ToLabel(DerivedState::kDoneLate)) == "hoàn thành quá hạn");
  CHECK(std::string(ToLabel(DerivedState::kOnTrack)) == "trong hạn");
  CHECK(std::string(ToLabel(DerivedState::kDueSoon)) == "sắp đến hạn");
  CHECK(std::string(ToLabel(DerivedState::kOverdue)) == "quá hạn");
  CHECK(std::string(ToLabel(DerivedState::kNoDeadline)) == "không có hạn");
  CHECK(std::string(ToKey(DerivedState::kDueSoon)) == "due-soon");
}

TEST_CASE("DerivedState: open tasks are judged by their due date against today") {
  const Deadline due_10 = Fixed(DeadlineKind::kDate, {2024, 3, 10});
  CHECK(DeriveState(due_10, {}, {2024, 3, 1}) == DerivedState::kOnTrack);
  CHECK(DeriveState(due_10, {}, {2024, 3, 7}) == DerivedState::kDueSoon);   // 3 days left
  CHECK(DeriveState(due_10, {}, {2024, 3, 6}) == DerivedState::kOnTrack);   // 4 days left
  CHECK(DeriveState(due_10, {}, {2024, 3, 10}) == DerivedState::kDueSoon);  // due today
  CHECK(DeriveState(due_10, {}, {2024, 3, 11}) == DerivedState::kOverdue);
  CHECK(DeriveState(due_10, {}, {2024, 3, 1}, 10) == DerivedState::kDueSoon);
  CHECK(DeriveState(due_10, {}, {2024, 3, 10}, 0) == DerivedState::kDueSoon);
  // In progress or blocked is still open: late is late.
  CHECK(DeriveState(due_10, {Set(TaskStatus::kBlocked, {2024, 3, 2})}, {2024, 3, 20}) ==
        DerivedState::kOverdue);
  CHECK(DeriveState(due_10, {Set(TaskStatus::kInProgress, {2024, 3, 2})}, {2024, 3, 20}) ==
        DerivedState::kOverdue);
}

TEST_CASE("DerivedState: done tasks compare the day they were done with the deadline") {
  const Deadline due_10 = Fixed(DeadlineKind::kDate, {2024, 3, 10});
  CHECK(DeriveState(due_10, {Done({2024, 3, 10})}, {2024, 4, 1}) == DerivedState::kDoneOnTime);
  CHECK(DeriveState(due_10, {Done({2024, 3, 11})}, {2024, 4, 1}) == DerivedState::kDoneLate);
  // Reopened then done again: the last done counts.
  CHECK(DeriveState(due_10, {Done({2024, 3, 2}), Set(TaskStatus::kInProgress, {2024, 3, 5}),
                             Done({2024, 3, 15})}, {2024, 4, 1}) == DerivedState::kDoneLate);
  // Reopened and not done again: open, judged by the due date.
  CHECK(DeriveState(due_10, {Done({2024, 3, 2}), Set(TaskStatus::kOpen, {2024, 3, 5})},
                    {2024, 4, 1}) == DerivedState::kOverdue);
}

TEST_CASE("DerivedState: done tasks without a fixed date count as done on time") {
  CHECK(DeriveState(std::nullopt, {Done({2024, 3, 1})}, kToday) == DerivedState::kDoneOnTime);
  CHECK(DeriveState(Every(Recurrence::kDay), {Done({2024, 3, 1})}, kToday) ==
        DerivedState::kDoneOnTime);
  CHECK(DeriveState(Kind(DeadlineKind::kAsap), {Done({2024, 3, 1})}, kToday) ==
        DerivedState::kDoneOnTime);
}

TEST_CASE("DerivedState: tasks without a due date are không có hạn") {
  CHECK(DeriveState(std::nullopt, {}, kToday) == DerivedState::kNoDeadline);
  CHECK(DeriveState(Kind(DeadlineKind::kOngoing), {}, kToday) == DerivedState::kNoDeadline);
  CHECK(DeriveState(Kind(DeadlineKind::kAsap), {}, kToday) == DerivedState::kNoDeadline);
  CHECK(DeriveState(Fixed(DeadlineKind::kStart, {2021, 11, 1}), {}, kToday) ==
        DerivedState::kNoDeadline);
}

TEST_CASE("DerivedState: recurring tasks are never overdue, only due soon or on track") {
  CHECK(DeriveState(Every(Recurrence::kDay, std::nullopt, "20:00"), {}, kToday) ==
        DerivedState::kDueSoon);
  CHECK(DeriveState(Every(Recurrence::kMonth, 25), {}, kToday) == DerivedState::kOnTrack);
  CHECK(DeriveState(Every(Recurrence::kMonth, 25), {}, {2024, 3, 23}) == DerivedState::kDueSoon);
}

TEST_CASE("ParseWithin: reads days and weeks") {
  CHECK(*ParseWithin("7d") == 7);
  CHECK(*ParseWithin("7") == 7);
  CHECK(*ParseWithin("2w") == 14);
  CHECK(*ParseWithin("10 ngày") == 10);
  CHECK(*ParseWithin("2 tuần") == 14);
  CHECK(*ParseWithin("0d") == 0);
  for (const char* bad : {"", "d", "7m", "-3d", "99999d", "1.5w", "tuần"}) {
    INFO(bad);
    CHECK_FALSE(ParseWithin(bad).ok());
  }
}
