#include "report/task_filter.h"

#include <algorithm>

#include "report/calendar.h"

namespace chidao::report {
namespace {

bool Names(const std::vector<std::string>& bodies, const std::string& body) {
  return std::find(bodies.begin(), bodies.end(), body) != bodies.end();
}

}  // namespace

std::optional<Role> RoleOf(const TaskRecord& task, const std::string& body) {
  if (Names(task.lead, body)) return Role::kLead;
  if (Names(task.support, body)) return Role::kSupport;
  return std::nullopt;
}

bool Matches(const TaskRecord& task, const TaskFilter& filter, const Date& today) {
  if (filter.body) {
    const std::optional<Role> role = RoleOf(task, *filter.body);
    if (!role) return false;
    if (filter.role == RoleFilter::kLead && *role != Role::kLead) return false;
    if (filter.role == RoleFilter::kSupport && *role != Role::kSupport) return false;
  } else if (filter.role == RoleFilter::kLead && task.lead.empty()) {
    return false;
  } else if (filter.role == RoleFilter::kSupport && task.support.empty()) {
    return false;
  }
  if (filter.status && CurrentStatus(task.history) != *filter.status) return false;
  if (filter.document_id && task.directive.id != *filter.document_id) return false;
  if (filter.due_before) {
    const DueDate due = ComputeDueDate(task.deadline, today);
    if (!due.date || *due.date > *filter.due_before) return false;
  }
  return true;
}

std::vector<DueItem> BuildDueList(const std::vector<TaskRecord>& tasks, const Date& today,
                                  const DueOptions& options) {
  std::vector<DueItem> items;
  for (const TaskRecord& task : tasks) {
    if (CurrentStatus(task.history) == TaskStatus::kDone) continue;
    std::optional<Role> role;
    if (options.body) {
      role = RoleOf(task, *options.body);
      if (!role) continue;
    }
    const DueDate due = ComputeDueDate(task.deadline, today);
    if (!due.date) continue;
    const int days_left = DaysBetween(today, *due.date);
    if (options.overdue_only ? days_left >= 0 : days_left > options.within_days) continue;
    DueItem item;
    item.task = &task;
    item.due = *due.date;
    item.time = due.time;
    item.days_left = days_left;
    item.state = DeriveState(task.deadline, task.history, today, options.due_soon_days);
    item.role = role;
    items.push_back(item);
  }
  std::stable_sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
    if (a.due != b.due) return a.due < b.due;
    return a.task->task_id < b.task->task_id;
  });
  return items;
}

}  // namespace chidao::report
