#include "report/checklist.h"

#include <algorithm>
#include <map>

#include "chidao/vn_text.h"
#include "report/calendar.h"
#include "report/deadline_label.h"

namespace chidao::report {
namespace {

bool Names(const std::vector<std::string>& bodies, const std::string& body) {
  return std::find(bodies.begin(), bodies.end(), body) != bodies.end();
}

// The last note recorded, even when later entries carry none: a note says why, and "done"
// without a note should not hide the reason a task was blocked a day earlier.
std::string LatestNote(const std::vector<StatusEntry>& history) {
  for (auto it = history.rbegin(); it != history.rend(); ++it) {
    if (!it->note.empty()) return it->note;
  }
  return "";
}

bool GroupBefore(const ChecklistGroup& a, const ChecklistGroup& b) {
  const auto& da = a.directive;
  const auto& db = b.directive;
  if (da.date.has_value() != db.date.has_value()) return da.date.has_value();
  if (da.date && *da.date != *db.date) return *da.date < *db.date;
  if (da.code != db.code) return da.code < db.code;
  return da.id < db.id;
}

}  // namespace

const char* ToKey(Role role) { return role == Role::kLead ? "lead" : "support"; }
const char* ToLabel(Role role) { return role == Role::kLead ? "Chủ trì" : "Phối hợp"; }

Result<RoleFilter> ParseRoleFilter(std::string_view text) {
  const std::string key = FoldDiacritics(text);
  if (key == "any" || key == "all" || key == "tat ca") return RoleFilter::kAny;
  if (key == "lead" || key == "chu tri") return RoleFilter::kLead;
  if (key == "support" || key == "phoi hop") return RoleFilter::kSupport;
  return Status::InvalidArgument("unknown role '" + std::string(text) +
                                 "': expected lead, support or any");
}

std::size_t Checklist::TaskCount() const {
  std::size_t n = 0;
  for (const ChecklistGroup& g : groups) n += g.rows.size();
  return n;
}

std::size_t Checklist::CountRole(Role role) const {
  std::size_t n = 0;
  for (const ChecklistGroup& g : groups) {
    n += static_cast<std::size_t>(std::count_if(
        g.rows.begin(), g.rows.end(), [role](const ChecklistRow& r) { return r.role == role; }));
  }
  return n;
}

Checklist BuildChecklist(const std::string& body, const std::vector<TaskRecord>& tasks,
                         const Date& today, const ChecklistOptions& options) {
  Checklist checklist;
  checklist.body = body;
  checklist.today = today;
  checklist.due_soon_days = options.due_soon_days;
  std::map<std::int64_t, std::size_t> group_of;  // document id → index in groups
  for (const TaskRecord& task : tasks) {
    const bool leads = Names(task.lead, body);
    if (!leads && !Names(task.support, body)) continue;
    const Role role = leads ? Role::kLead : Role::kSupport;
    if (options.role == RoleFilter::kLead && role != Role::kLead) continue;
    if (options.role == RoleFilter::kSupport && role != Role::kSupport) continue;
    if (options.document_id && task.directive.id != *options.document_id) continue;
    const TaskStatus status = CurrentStatus(task.history);
    if (options.status && status != *options.status) continue;

    auto [it, inserted] = group_of.try_emplace(task.directive.id, checklist.groups.size());
    if (inserted) checklist.groups.push_back(ChecklistGroup{task.directive, {}});
    ChecklistGroup& group = checklist.groups[it->second];

    ChecklistRow row;
    row.task_id = task.task_id;
    row.section = task.section;
    row.text = task.text;
    row.role = role;
    row.lead = task.lead;
    row.deadline = task.deadline;
    row.deadline_label = DeadlineLabel(task.deadline);
    row.due = ComputeDueDate(task.deadline, today);
    row.status = status;
    if (!task.history.empty()) row.status_on = task.history.back().on;
    row.state = DeriveState(task.deadline, task.history, today, options.due_soon_days);
    row.note = LatestNote(task.history);
    row.source_code = task.directive.code.empty() ? task.directive.file_name : task.directive.code;
    row.page = task.page;
    row.corrected = task.corrected;
    group.rows.push_back(std::move(row));
  }
  std::stable_sort(checklist.groups.begin(), checklist.groups.end(), GroupBefore);
  for (ChecklistGroup& group : checklist.groups) {
    for (std::size_t i = 0; i < group.rows.size(); ++i) group.rows[i].stt = static_cast<int>(i + 1);
  }
  return checklist;
}

std::string DirectiveTitle(const DirectiveInfo& d) {
  std::string title = d.type.empty() ? "Văn bản" : d.type;
  if (!d.code.empty()) {
    title += " số " + d.code;
  } else if (!d.file_name.empty()) {
    title += " (tệp " + d.file_name + ")";
  }
  if (d.date) title += " ngày " + FormatVn(*d.date);
  if (!d.issuer.empty()) title += " của " + d.issuer;
  return title;
}

std::string SourceLabel(const ChecklistRow& row) {
  std::string label = row.source_code;
  if (row.page > 0) label += (label.empty() ? "" : ", ") + std::string("tr. ") + std::to_string(row.page);
  return label;
}

std::string DueCell(const ChecklistRow& row) {
  if (row.due.recurring && row.due.date) {
    return row.deadline_label + " (kỳ tới " + FormatVn(*row.due.date) + ")";
  }
  return row.deadline_label;
}

std::string CorrectedLabel(const CorrectedFields& c) {
  std::string out;
  const auto add = [&out](bool on, const char* what) {
    if (on) out += (out.empty() ? "" : ", ") + std::string(what);
  };
  add(c.text, "nội dung");
  add(c.lead, "cơ quan chủ trì");
  add(c.support, "cơ quan phối hợp");
  add(c.deadline, "hạn");
  return out;
}

std::string NoteCell(const ChecklistRow& row) {
  std::vector<std::string> parts;
  if (!row.note.empty()) parts.push_back(row.note);
  if (row.role == Role::kSupport && !row.lead.empty()) {
    std::string leads;
    for (const std::string& l : row.lead) leads += (leads.empty() ? "" : "; ") + l;
    parts.push_back("Chủ trì: " + leads);
  }
  if (row.corrected.added) parts.push_back("Nhiệm vụ do cán bộ bổ sung");
  const std::string corrected = CorrectedLabel(row.corrected);
  if (!corrected.empty()) parts.push_back("Đã sửa: " + corrected);
  std::string out;
  for (std::string p : parts) {
    while (!p.empty() && (p.back() == '.' || p.back() == ' ')) p.pop_back();
    if (!p.empty()) out += (out.empty() ? "" : ". ") + p;
  }
  return out;
}

}  // namespace chidao::report
