// How the tracking commands show a task: a few indented lines of text for people, a JSON
// object for scripts. Both carry the store id (what `status`, `edit`, `history` take), the
// directive, the bodies by role, the deadline as a clerk writes it with its due date and
// derived state for `today`, the current status, and which fields staff corrected.
//
// JSON fields (stable, snake_case): id, document {id, code, type, date, subject, file_name},
// section, text, lead [], support [], role ("lead"/"support", with a body filter), deadline
// {kind, date, every, time, day, text, label} or null, due {date, time, recurring}, state
// {key, label}, status {key, label, on, note, user}, page (null when unknown), origin
// ("parse"/"manual"), dropped, corrected [fields: "text", "lead", "support", "deadline",
// "added"], as the checklist's JSON lists them.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "report/checklist.h"
#include "report/task_record.h"

namespace chidao::cli {

struct TaskViewOptions {
  Date today;
  int due_soon_days = 3;
  std::optional<std::string> body;  // show the task's role for this body
  bool dropped = false;             // the task was dropped (shown, e.g. by history)
};

// "3279/KH-UBND (26/11/2021), tr. 3": where a task comes from.
std::string SourceLine(const report::TaskRecord& task);

// The task as indented lines, the first one "#412  3279/KH-UBND ...".
std::string TaskText(const report::TaskRecord& task, const TaskViewOptions& options);

nlohmann::json TaskJson(const report::TaskRecord& task, const TaskViewOptions& options);

// A deadline as JSON (null when none), with its label "15/12/2021", "Hằng tháng, ngày 25".
nlohmann::json DeadlineJson(const std::optional<Deadline>& deadline);

}  // namespace chidao::cli
