// Report: how every department stands on its tasks on a given day — per body, the number and
// share of tasks in each derived state, and the list of overdue tasks. What `chidao report`
// prints as md, html (with an inline SVG bar chart) or json (renderers in report_render.h).
//
// A task counts for the bodies that lead it (chủ trì): responsibility for a deadline lies with
// the lead, so a supporting body is not reported late for it. With `include_support` the
// supporting bodies count it too (each body once per task). A task with no identified lead
// counts under kNoLeadBody so the totals still cover every task.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "report/compliance.h"
#include "report/task_record.h"

namespace chidao::report {

inline constexpr const char* kNoLeadBody = "(chưa xác định cơ quan chủ trì)";

struct BodyTally {
  std::string body;
  std::array<int, kDerivedStateCount> counts{};
  int total = 0;
  int Count(DerivedState s) const { return counts[static_cast<std::size_t>(s)]; }
  double Percent(DerivedState s) const;  // 0..100; 0 when total is 0
};

struct OverdueTask {
  std::int64_t task_id = 0;
  std::vector<std::string> lead;  // the bodies it is late for ({kNoLeadBody} when none)
  std::string text;
  std::string directive;          // code, or file name
  int page = 0;
  Date due;
  int days_late = 0;              // today − due, ≥ 1
  TaskStatus status = TaskStatus::kOpen;
};

struct Report {
  Date today;
  int due_soon_days = 3;
  bool include_support = false;
  std::vector<BodyTally> bodies;  // most tasks first, then by name
  BodyTally all;                  // every task once ("Tổng cộng")
  std::vector<OverdueTask> overdue;  // most days late first
};

struct ReportOptions {
  int due_soon_days = 3;
  bool include_support = false;
};

Report BuildReport(const std::vector<TaskRecord>& tasks, const Date& today,
                   const ReportOptions& options = {});

// "33,3%": one decimal, the Vietnamese decimal comma.
std::string FormatPercent(double percent);

}  // namespace chidao::report
