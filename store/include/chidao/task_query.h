// Reading tasks back for tracking: `chidao tasks`, `due`, `checklist`, `report`, `history`.
//
// A TrackedTask is a stored task as it stands after staff corrections, with the directive it
// comes from, its whole status history and its whole edit history, both in append order. The
// store selects broadly (by document, by body, one task); the compliance rules (status, due
// dates, derived states) live in cli/report and run on what the store returns.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/directive.h"
#include "chidao/store_records.h"

namespace chidao {

struct TaskQuery {
  std::optional<std::int64_t> document_id;
  std::optional<std::int64_t> task_id;
  std::optional<std::string> body;  // canonical name: tasks naming it as lead or support
  bool include_dropped = false;     // tasks staff dropped with `chidao drop-task`
};

// One line of `chidao status`: appended, never changed.
struct StatusRecord {
  std::int64_t id = 0;
  std::string status;        // "open", "in-progress", "done", "blocked"
  Date effective_on;         // `--on DATE`, else the day it was recorded
  std::string note;
  std::string user;          // the OS user who recorded it
  std::string recorded_at;   // "2026-11-22T18:45:05Z"
};

// One correction (`chidao edit`, `add-task`, `drop-task`): a field's old and new value, in the
// encoding task_edit.h describes. Appended, never changed.
struct EditRecord {
  std::int64_t id = 0;
  std::string field;                     // kEditText, kEditLead, ... (task_edit.h)
  std::optional<std::string> old_value;  // none: the field had no value (or the task is new)
  std::optional<std::string> new_value;
  std::string note;
  std::string user;
  std::string recorded_at;
};

struct TrackedTask {
  StoredTask task;                   // current values: corrections applied
  DocumentSummary document;          // the directive it belongs to
  std::vector<StatusRecord> history; // append order; the last one is the current status
  std::vector<EditRecord> edits;     // append order

  // Whether staff changed `field` (kEditText, kEditLead, ...) at least once.
  bool Corrected(std::string_view field) const;
};

}  // namespace chidao
