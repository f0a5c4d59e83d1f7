#include "report/report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "chidao/vn_text.h"
#include "report/calendar.h"

namespace chidao::report {
namespace {

void Add(BodyTally& tally, DerivedState state) {
  ++tally.counts[static_cast<std::size_t>(state)];
  ++tally.total;
}

}  // namespace

double BodyTally::Percent(DerivedState s) const {
  return total == 0 ? 0.0 : 100.0 * Count(s) / total;
}

std::string FormatPercent(double percent) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", std::round(percent * 10.0) / 10.0);
  std::string out = buf;
  std::replace(out.begin(), out.end(), '.', ',');
  return out;
}

Report BuildReport(const std::vector<TaskRecord>& tasks, const Date& today,
                   const ReportOptions& options) {
  Report report;
  report.today = today;
  report.due_soon_days = options.due_soon_days;
  report.include_support = options.include_support;
  report.all.body = "Tổng cộng";
  std::map<std::string, BodyTally> by_body;
  for (const TaskRecord& task : tasks) {
    const DerivedState state = DeriveState(task.deadline, task.history, today, options.due_soon_days);
    Add(report.all, state);

    std::vector<std::string> bodies = task.lead;
    if (options.include_support) bodies.insert(bodies.end(), task.support.begin(), task.support.end());
    if (task.lead.empty()) bodies.insert(bodies.begin(), kNoLeadBody);
    std::sort(bodies.begin(), bodies.end());
    bodies.erase(std::unique(bodies.begin(), bodies.end()), bodies.end());
    for (const std::string& body : bodies) {
      BodyTally& tally = by_body[body];
      tally.body = body;
      Add(tally, state);
    }

    if (state == DerivedState::kOverdue) {
      const DueDate due = ComputeDueDate(task.deadline, today);
      OverdueTask late;
      late.task_id = task.task_id;
      late.lead = task.lead.empty() ? std::vector<std::string>{kNoLeadBody} : task.lead;
      late.text = task.text;
      late.directive = task.directive.code.empty() ? task.directive.file_name : task.directive.code;
      late.page = task.page;
      late.due = *due.date;  // overdue implies a due date
      late.days_late = DaysBetween(late.due, today);
      late.status = CurrentStatus(task.history);
      report.overdue.push_back(std::move(late));
    }
  }
  for (auto& [name, tally] : by_body) report.bodies.push_back(std::move(tally));
  std::stable_sort(report.bodies.begin(), report.bodies.end(),
                   [](const BodyTally& a, const BodyTally& b) {
                     if (a.total != b.total) return a.total > b.total;
                     return FoldDiacritics(a.body) < FoldDiacritics(b.body);
                   });
  std::stable_sort(report.overdue.begin(), report.overdue.end(),
                   [](const OverdueTask& a, const OverdueTask& b) {
                     if (a.days_late != b.days_late) return a.days_late > b.days_late;
                     return a.task_id < b.task_id;
                   });
  return report;
}

}  // namespace chidao::report
