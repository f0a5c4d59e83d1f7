// Selecting tasks for `chidao tasks` and `chidao due`: pure filters over TaskRecords, so the
// store can fetch broadly and the rules live in one tested place.
//
//   tasks: --body NAME (lead or support, narrowed by --role), --status S, --due-before DATE
//          (tasks whose due date, as ComputeDueDate gives it for today, is on or before DATE;
//          tasks without a due date never match), --doc DOC.
//   due:   open tasks (not done) that are overdue or fall due within N days of today
//          (--within, default 7 days); --overdue keeps only the late ones; earliest due first,
//          so the most overdue task heads the list.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "report/checklist.h"
#include "report/compliance.h"
#include "report/task_record.h"

namespace chidao::report {

struct TaskFilter {
  std::optional<std::string> body;  // canonical name
  RoleFilter role = RoleFilter::kAny;
  std::optional<TaskStatus> status;
  std::optional<Date> due_before;
  std::optional<std::int64_t> document_id;
};

// The role `body` has in `task`: lead wins when it is named as both; none when not named.
std::optional<Role> RoleOf(const TaskRecord& task, const std::string& body);

bool Matches(const TaskRecord& task, const TaskFilter& filter, const Date& today);

struct DueItem {
  const TaskRecord* task = nullptr;  // borrowed: the vector given to BuildDueList must outlive it
  Date due;
  std::optional<std::string> time;
  int days_left = 0;                 // negative when overdue
  DerivedState state = DerivedState::kOnTrack;
  std::optional<Role> role;          // of DueOptions::body, when one was given
};

struct DueOptions {
  int within_days = 7;
  bool overdue_only = false;
  std::optional<std::string> body;   // canonical name; lead or support
  int due_soon_days = 3;             // for the state column
};

std::vector<DueItem> BuildDueList(const std::vector<TaskRecord>& tasks, const Date& today,
                                  const DueOptions& options = {});
// Items point into `tasks`: a temporary would leave them dangling.
std::vector<DueItem> BuildDueList(std::vector<TaskRecord>&& tasks, const Date& today,
                                  const DueOptions& options = {}) = delete;

}  // namespace chidao::report
