// Compliance vocabulary: a task's status as staff record it, its due date as derived from the
// parsed deadline, and its derived state in the words Vietnamese task-tracking reports use.
//
// Everything here is a pure function of (deadline, status history, today, N): no clock and no
// database, so `--today` makes every report reproducible. The rules:
//   * due date — date/period: that date; start ("Từ tháng 11/2021 ..."): none, it says when an
//     obligation begins, not when it ends; recurring: the next occurrence on or after today
//     (see NextOccurrence); ongoing ("thường xuyên") and asap ("ngay"): none. "Ngay" is urgent
//     but names no day, and inventing one (document date + k days) would report as late tasks
//     that no text made late, so chidao shows "Ngay" and counts the task as không có hạn.
//   * derived state — see DeriveState.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/directive.h"
#include "chidao/status.h"

namespace chidao::report {

// What staff record with `chidao status TASK ...`.
enum class TaskStatus { kOpen, kInProgress, kDone, kBlocked };

const char* ToCliWord(TaskStatus s);  // "open", "in-progress", "done", "blocked"
const char* ToLabel(TaskStatus s);    // "Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Vướng mắc"
// Accepts the CLI words (any case, "_" for "-") and the Vietnamese labels with or without marks.
Result<TaskStatus> ParseTaskStatus(std::string_view text);

// One line of a task's append-only status history.
struct StatusEntry {
  TaskStatus status = TaskStatus::kOpen;
  Date on;                   // the day it took effect: `--on DATE`, else the day it was recorded
  std::string note;          // --note
  std::string user;          // the OS user who recorded it
  std::string recorded_at;   // ISO timestamp of the recording
};

// The current status: the last entry appended (not the latest `on`), open when none.
TaskStatus CurrentStatus(const std::vector<StatusEntry>& history);

// When a task falls due.
struct DueDate {
  std::optional<Date> date;          // none: start, ongoing, asap, unreadable or no deadline
  std::optional<std::string> time;   // "20:00" when the deadline states an hour
  bool recurring = false;            // date is the next occurrence of a periodic obligation
};

// The first occurrence on or after `from` of a recurring deadline. Day: `from`. Week:
// weekday day_of_period (Mon = 1), default thứ Sáu, the end of the working week. Month:
// day day_of_period clamped to the month's end ("ngày 31 hằng tháng" → 30/4, 29/2), default
// the last day. Quarter/half-year/year: day day_of_period (default the last day) of the
// period's last month; a yearly deadline whose date is set recurs on that day and month.
std::optional<Date> NextOccurrence(const Deadline& deadline, const Date& from);

DueDate ComputeDueDate(const std::optional<Deadline>& deadline, const Date& today);

// The six states of Vietnamese task-tracking reports, in report column order.
enum class DerivedState {
  kDoneOnTime,  // hoàn thành đúng hạn
  kDoneLate,    // hoàn thành quá hạn
  kOnTrack,     // trong hạn: open, due later than today + N days
  kDueSoon,     // sắp đến hạn: open, due within N days (today included)
  kOverdue,     // quá hạn: open and past due
  kNoDeadline,  // không có hạn: open, no due date
};
inline constexpr int kDerivedStateCount = 6;

const char* ToKey(DerivedState s);    // "done-on-time", "done-late", "on-track", "due-soon", ...
const char* ToLabel(DerivedState s);  // "hoàn thành đúng hạn", ... (lower case, as in reports)

// Done tasks compare the date the last `done` took effect with the deadline's own date: later
// is hoàn thành quá hạn. A done task with no fixed date (recurring, ongoing, asap, none) has
// nothing to be late against and counts as hoàn thành đúng hạn. Open, in-progress and blocked
// tasks are judged by ComputeDueDate(deadline, today).
DerivedState DeriveState(const std::optional<Deadline>& deadline,
                         const std::vector<StatusEntry>& history, const Date& today,
                         int due_soon_days = 3);

// `--within`: "7d", "7", "2w", "7 ngày", "2 tuần" → days (0..3660).
Result<int> ParseWithin(std::string_view text);

}  // namespace chidao::report
