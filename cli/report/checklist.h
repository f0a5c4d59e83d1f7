// Checklist: the compliance checklist of one department (cơ quan) — every task it leads or
// supports, grouped by directive, as `chidao checklist` prints it in md, csv, html, xlsx or
// json (renderers in checklist_render.h).
//
// Groups are ordered by the directive's date (undated last), then code; rows keep the order
// the records came in, which is document order. Each row carries its computed due date and
// derived state for the checklist's `today`, so every renderer prints the same judgement.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "report/compliance.h"
#include "report/task_record.h"

namespace chidao::report {

enum class Role { kLead, kSupport };
const char* ToKey(Role role);    // "lead", "support"
const char* ToLabel(Role role);  // "Chủ trì", "Phối hợp"

struct ChecklistRow {
  int stt = 0;                     // 1-based within its directive
  std::int64_t task_id = 0;
  std::string section;
  std::string text;                // Nhiệm vụ
  Role role = Role::kLead;         // Vai trò of the checklist's department
  std::vector<std::string> lead;   // every lead body (a supporting department needs to know)
  std::optional<Deadline> deadline;
  std::string deadline_label;      // Hạn as written on paper: "15/12/2021", "Hằng ngày trước 20:00"
  DueDate due;                     // for `today`
  TaskStatus status = TaskStatus::kOpen;
  std::optional<Date> status_on;   // when the current status took effect; none when never set
  DerivedState state = DerivedState::kNoDeadline;
  std::string note;                // the latest note recorded with a status
  std::string source_code;         // directive code, or its file name when it has none
  int page = 0;
  CorrectedFields corrected;
};

struct ChecklistGroup {
  DirectiveInfo directive;
  std::vector<ChecklistRow> rows;
};

struct Checklist {
  std::string body;                // canonical name of the department
  Date today;                      // the day the checklist judges deadlines against (in-hạn...)
  int due_soon_days = 3;
  std::vector<ChecklistGroup> groups;
  std::size_t TaskCount() const;
  std::size_t CountRole(Role role) const;
};

enum class RoleFilter { kAny, kLead, kSupport };
Result<RoleFilter> ParseRoleFilter(std::string_view text);  // "lead", "support", "any"

struct ChecklistOptions {
  RoleFilter role = RoleFilter::kAny;
  std::optional<TaskStatus> status;        // only tasks whose current status is this
  std::optional<std::int64_t> document_id; // only this directive
  int due_soon_days = 3;
};

// The checklist of `body` (a canonical name, as BodyNameMatcher resolves it). A task that
// names the body both as lead and support is listed once, as lead.
Checklist BuildChecklist(const std::string& body, const std::vector<TaskRecord>& tasks,
                         const Date& today, const ChecklistOptions& options = {});

// "Kế hoạch số 3279/KH-UBND ngày 26/11/2021 của UBND tỉnh Cao Bằng": a directive as a
// heading names it; falls back to the file name when the parser found no code.
std::string DirectiveTitle(const DirectiveInfo& directive);

// Nguồn: "3279/KH-UBND, tr. 3" (the page only when known).
std::string SourceLabel(const ChecklistRow& row);

// Hạn with the next occurrence of a recurring deadline: "Hằng tháng, ngày 25 (kỳ tới 25/03/2024)".
std::string DueCell(const ChecklistRow& row);

// Ghi chú: the latest status note, who leads a supported task, and corrections by staff.
std::string NoteCell(const ChecklistRow& row);

// "nội dung, hạn" — the corrected fields in Vietnamese, for marks and notes; "" when none.
std::string CorrectedLabel(const CorrectedFields& corrected);

}  // namespace chidao::report
