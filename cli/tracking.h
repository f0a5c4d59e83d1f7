// What the tracking commands (tasks, status, history, edit, add-task, drop-task, due,
// checklist, report) share: reading their arguments (task ids, dates, body and document
// names), turning the store's TrackedTasks into the report library's TaskRecords, reporting
// errors, and writing output files.
//
// Body names are resolved with report::BodyNameMatcher over the archive's bodies and aliases:
// "so y te", "Sở Y tế" and "y te" all mean Sở Y tế; an ambiguous name is an error that lists
// the candidates (exit 2), never a silent pick.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/status.h"
#include "chidao/store.h"
#include "report/body_name_matcher.h"
#include "report/task_record.h"

namespace chidao::cli {

// Login name of the effective user, else $USER, else "uid N": who recorded a status or edit.
std::string OsUser();

// "12" or "#12" → 12; InvalidArgument otherwise.
Result<std::int64_t> ParseTaskId(std::string_view text);

// A date flag ("--on", "--today", "--due-before"): dd/mm/yyyy or yyyy-mm-dd. Empty `value`
// gives `fallback`.
Result<Date> ParseDateFlag(const char* flag, const std::string& value, const Date& fallback);

// The document `doc` (id, "#id" or số ký hiệu) names: its id.
Result<std::int64_t> ResolveDocument(Store& store, std::string_view doc);

// A body name typed by a user, resolved against the archive's bodies.
struct ResolvedBody {
  std::string name;       // canonical
  bool exact = true;      // the typed name was the canonical one or an alias, as typed
  bool created = false;   // (ForAssignment) the archive does not know it: a new body
};

class BodyResolver {
 public:
  static Result<BodyResolver> Load(Store& store);

  // For filters: the one body meant; NotFound, or InvalidArgument listing candidates.
  Result<ResolvedBody> ForFilter(std::string_view typed) const;

  // For `edit --lead/--support` and `add-task`: like ForFilter for names that match a body by
  // whole words, but a name that matches none that way is a new body, kept as typed (staff
  // may name a body no directive named before). Empty → InvalidArgument.
  Result<ResolvedBody> ForAssignment(std::string_view typed) const;

 private:
  explicit BodyResolver(report::BodyNameMatcher matcher) : matcher_(std::move(matcher)) {}
  report::BodyNameMatcher matcher_;
};

report::TaskRecord ToTaskRecord(const TrackedTask& task);
std::vector<report::TaskRecord> ToTaskRecords(const std::vector<TrackedTask>& tasks);

// Prints "chidao: reason" on stderr; returns the exit code for `status` (2, or 3 for a bug).
int Fail(const Status& status);

// Writes `bytes` to `path` through a temporary file renamed into place, so a reader (or a
// killed export) never sees half a file.
Status WriteFileAtomically(const std::string& path, std::string_view bytes);

// A temporary path next to `path`, for writers that need a file name (libxlsxwriter).
std::string TemporarySibling(const std::string& path);

}  // namespace chidao::cli
