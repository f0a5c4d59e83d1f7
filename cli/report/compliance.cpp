// Due dates and derived states (rules in compliance.h). Examples, with today = 05/03/2024:
//   "trước ngày 15/12/2021" (date)              → due 15/12/2021; open → quá hạn
//   "trong quý I/2024" (period, 31/03/2024)     → due 31/03/2024; open → trong hạn
//   "Hằng ngày, chậm nhất trước 20h00"          → due 05/03/2024 20:00; open → sắp đến hạn
//   "trước ngày 25 hằng tháng"                  → due 25/03/2024
//   "trước 16h00 thứ Sáu hằng tuần"             → due 08/03/2024 16:00
//   "Từ tháng 11 năm 2021, ..." (start)         → no due date; open → không có hạn
#include "report/compliance.h"

#include <algorithm>
#include <cctype>

#include "chidao/vn_text.h"
#include "report/calendar.h"

namespace chidao::report {
namespace {

std::string Normalise(std::string_view text) {
  std::string folded = FoldDiacritics(text);
  std::string out;
  for (char c : folded) {
    if (c == '_') c = '-';
    if (c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The day `day` (clamped to the month's end) of year/month; `day` absent = the last day.
Date DayInMonth(int year, int month, std::optional<int> day) {
  const int last = DaysInMonth(year, month);
  const int d = day && *day >= 1 ? std::min(*day, last) : last;
  return Date{year, month, d};
}

// Next occurrence of "day `day` of the last month of each `months`-month period".
Date NextPeriodEnd(const Date& from, int months, std::optional<int> day) {
  int year = from.year;
  int end_month = ((from.month - 1) / months + 1) * months;  // 3, 6, 9, 12 for quarters
  for (;;) {
    const Date candidate = DayInMonth(year, end_month, day);
    if (candidate >= from) return candidate;
    end_month += months;
    if (end_month > 12) {
      end_month -= 12;
      ++year;
    }
  }
}

}  // namespace

const char* ToCliWord(TaskStatus s) {
  switch (s) {
    case TaskStatus::kOpen: return "open";
    case TaskStatus::kInProgress: return "in-progress";
    case TaskStatus::kDone: return "done";
    case TaskStatus::kBlocked: return "blocked";
  }
  return "open";
}

const char* ToLabel(TaskStatus s) {
  switch (s) {
    case TaskStatus::kOpen: return "Chưa thực hiện";
    case TaskStatus::kInProgress: return "Đang thực hiện";
    case TaskStatus::kDone: return "Hoàn thành";
    case TaskStatus::kBlocked: return "Vướng mắc";
  }
  return "Chưa thực hiện";
}

Result<TaskStatus> ParseTaskStatus(std::string_view text) {
  const std::string key = Normalise(text);
  for (TaskStatus s : {TaskStatus::kOpen, TaskStatus::kInProgress, TaskStatus::kDone,
                       TaskStatus::kBlocked}) {
    if (key == ToCliWord(s) || key == Normalise(ToLabel(s))) return s;
  }
  return Status::InvalidArgument("unknown status '" + std::string(text) +
                                 "': expected open, in-progress, done or blocked");
}

TaskStatus CurrentStatus(const std::vector<StatusEntry>& history) {
  return history.empty() ? TaskStatus::kOpen : history.back().status;
}

std::optional<Date> NextOccurrence(const Deadline& deadline, const Date& from_day) {
  if (deadline.kind != DeadlineKind::kRecurring || !IsValidDate(from_day)) return std::nullopt;
  Date from = from_day;
  // "Từ ngày 01/01/2025, báo cáo hằng tháng": occurrences begin on the stated date.
  const bool yearly_on_date = deadline.every == Recurrence::kYear && deadline.date &&
                              IsValidDate(*deadline.date);
  if (!yearly_on_date && deadline.date && IsValidDate(*deadline.date) && *deadline.date > from) {
    from = *deadline.date;
  }
  const std::optional<int> day = deadline.day_of_period;
  switch (deadline.every) {
    case Recurrence::kNone:
      return std::nullopt;
    case Recurrence::kDay:
      return from;
    case Recurrence::kWeek: {
      const int target = day && *day >= 1 && *day <= 7 ? *day : 5;  // thứ Sáu
      return AddDays(from, (target - WeekdayOf(from) + 7) % 7);
    }
    case Recurrence::kMonth:
      return NextPeriodEnd(from, 1, day);
    case Recurrence::kQuarter:
      return NextPeriodEnd(from, 3, day);
    case Recurrence::kHalfYear:
      return NextPeriodEnd(from, 6, day);
    case Recurrence::kYear: {
      if (!yearly_on_date) return NextPeriodEnd(from, 12, day);
      const Date anchor = *deadline.date;
      for (int year = from.year;; ++year) {
        const Date candidate = DayInMonth(year, anchor.month, anchor.day);  // 29/02 → 28/02
        if (candidate >= from) return candidate;
      }
    }
  }
  return std::nullopt;
}

DueDate ComputeDueDate(const std::optional<Deadline>& deadline, const Date& today) {
  DueDate due;
  if (!deadline) return due;
  due.time = deadline->time;
  switch (deadline->kind) {
    case DeadlineKind::kDate:
    case DeadlineKind::kPeriod:
      if (deadline->date && IsValidDate(*deadline->date)) due.date = deadline->date;
      break;
    case DeadlineKind::kRecurring:
      due.recurring = true;
      due.date = NextOccurrence(*deadline, today);
      break;
    case DeadlineKind::kStart:
    case DeadlineKind::kOngoing:
    case DeadlineKind::kAsap:
      break;
  }
  if (!due.date) due.time.reset();
  return due;
}

const char* ToKey(DerivedState s) {
  switch (s) {
    case DerivedState::kDoneOnTime: return "done-on-time";
    case DerivedState::kDoneLate: return "done-late";
    case DerivedState::kOnTrack: return "on-track";
    case DerivedState::kDueSoon: return "due-soon";
    case DerivedState::kOverdue: return "overdue";
    case DerivedState::kNoDeadline: return "no-deadline";
  }
  return "no-deadline";
}

const char* ToLabel(DerivedState s) {
  switch (s) {
    case DerivedState::kDoneOnTime: return "hoàn thành đúng hạn";
    case DerivedState::kDoneLate: return "hoàn thành quá hạn";
    case DerivedState::kOnTrack: return "trong hạn";
    case DerivedState::kDueSoon: return "sắp đến hạn";
    case DerivedState::kOverdue: return "quá hạn";
    case DerivedState::kNoDeadline: return "không có hạn";
  }
  return "không có hạn";
}

DerivedState DeriveState(const std::optional<Deadline>& deadline,
                         const std::vector<StatusEntry>& history, const Date& today,
                         int due_soon_days) {
  if (CurrentStatus(history) == TaskStatus::kDone) {
    const StatusEntry& done = history.back();
    const bool fixed = deadline &&
                       (deadline->kind == DeadlineKind::kDate ||
                        deadline->kind == DeadlineKind::kPeriod) &&
                       deadline->date && IsValidDate(*deadline->date);
    if (fixed && IsValidDate(done.on) && done.on > *deadline->date) return DerivedState::kDoneLate;
    return DerivedState::kDoneOnTime;
  }
  const DueDate due = ComputeDueDate(deadline, today);
  if (!due.date || !IsValidDate(today)) return DerivedState::kNoDeadline;
  const int days_left = DaysBetween(today, *due.date);
  if (days_left < 0) return DerivedState::kOverdue;
  if (days_left <= std::max(0, due_soon_days)) return DerivedState::kDueSoon;
  return DerivedState::kOnTrack;
}

Result<int> ParseWithin(std::string_view text) {
  const std::string key = Normalise(text);
  std::size_t pos = 0;
  long value = 0;
  while (pos < key.size() && std::isdigit(static_cast<unsigned char>(key[pos])) && value < 100000) {
    value = value * 10 + (key[pos] - '0');
    ++pos;
  }
  if (pos < key.size() && key[pos] == ' ') ++pos;
  const std::string unit = pos == 0 ? "?" : key.substr(pos);
  long days = -1;
  if (unit.empty() || unit == "d" || unit == "ngay" || unit == "day" || unit == "days") {
    days = value;
  } else if (unit == "w" || unit == "tuan" || unit == "week" || unit == "weeks") {
    days = value * 7;
  }
  if (days < 0 || days > 3660) {
    return Status::InvalidArgument("invalid duration '" + std::string(text) +
                                   "': expected days or weeks, e.g. 7d, 2w (at most 3660 days)");
  }
  return static_cast<int>(days);
}

}  // namespace chidao::report
