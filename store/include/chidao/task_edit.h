// What staff write about tasks: status entries and corrections (issue 6).
//
// Contract:
//  * Nothing is overwritten or lost. A status is a new task_status row; a correction updates
//    the task and appends one task_edits row per changed field, old → new, in the same
//    transaction (both tables refuse UPDATE and DELETE through triggers). A dropped task is
//    only flagged (tasks.deleted), so its history and its old values stay readable.
//  * Edited text is searchable at once and the old text no longer is (the tasks' full-text
//    index follows tasks.text through triggers).
//  * Body names given here are canonical names (resolve what users type with BodyNameMatcher
//    first); a name the archive does not know becomes a new body.
//
// Encoding of EditRecord values, per field:
//   kEditText      the text itself
//   kEditLead/kEditSupport   JSON array of canonical names: ["Sở Y tế","Công an tỉnh"]
//   kEditDeadline  JSON object {"kind","date","every","time","day","text"} (DeadlineToEditValue)
//   kEditDropped   "0" / "1"
//   kEditAdded     none → the task's text (the task was added by hand)
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/directive.h"

namespace chidao {

inline constexpr const char* kEditText = "text";
inline constexpr const char* kEditLead = "lead";
inline constexpr const char* kEditSupport = "support";
inline constexpr const char* kEditDeadline = "deadline";
inline constexpr const char* kEditDropped = "dropped";
inline constexpr const char* kEditAdded = "added";

// Who records something, and why. `user` is the OS user; the CLI fills it.
struct Author {
  std::string user;
  std::string note;
};

struct StatusUpdate {
  std::string status;  // "open", "in-progress", "done", "blocked"
  Date effective_on;
  Author author;
};

// Fields left empty are not touched. `deadline` holding an empty optional removes it.
struct TaskEdit {
  std::optional<std::string> text;
  std::optional<std::vector<std::string>> lead;
  std::optional<std::vector<std::string>> support;
  std::optional<std::optional<Deadline>> deadline;
  Author author;
};

// A task the parser missed, added with `chidao add-task DOC`.
struct NewTask {
  std::string section;
  std::string text;
  std::vector<std::string> lead;
  std::vector<std::string> support;
  std::optional<Deadline> deadline;
  Author author;
};

// The kEditDeadline encoding, both ways; none for an absent deadline or an unreadable value.
std::optional<std::string> DeadlineToEditValue(const std::optional<Deadline>& deadline);
std::optional<Deadline> DeadlineFromEditValue(std::string_view value);

// The kEditLead / kEditSupport encoding read back (an unreadable value gives an empty list).
std::vector<std::string> NamesFromEditValue(std::string_view value);

}  // namespace chidao
