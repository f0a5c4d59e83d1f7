#include "task_view.h"

#include "report/calendar.h"
#include "report/compliance.h"
#include "report/deadline_label.h"
#include "report/task_filter.h"

namespace chidao::cli {
namespace {

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
}

nlohmann::json DateJson(const std::optional<Date>& date) {
  return date ? nlohmann::json(date->Iso()) : nlohmann::json(nullptr);
}

std::vector<std::string> CorrectedKeys(const report::CorrectedFields& c) {
  std::vector<std::string> out;
  if (c.text) out.push_back("text");
  if (c.lead) out.push_back("lead");
  if (c.support) out.push_back("support");
  if (c.deadline) out.push_back("deadline");
  if (c.added) out.push_back("added");
  return out;
}

}  // namespace

std::string SourceLine(const report::TaskRecord& task) {
  const report::DirectiveInfo& d = task.directive;
  std::string out = d.code.empty() ? d.file_name : d.code;
  if (d.date) out += " (" + report::FormatVn(*d.date) + ")";
  if (task.page > 0) out += ", tr. " + std::to_string(task.page);
  return out;
}

std::string TaskText(const report::TaskRecord& task, const TaskViewOptions& options) {
  std::string out = "#" + std::to_string(task.task_id) + "  " + SourceLine(task);
  if (!task.section.empty()) out += " · mục " + task.section;
  if (options.dropped) out += "  (đã bỏ)";
  out += "\n    " + task.text + "\n";
  std::string who;
  if (options.body) {
    if (std::optional<report::Role> role = report::RoleOf(task, *options.body)) {
      who = std::string("Vai trò: ") + report::ToLabel(*role) + " · ";
    }
  }
  who += "Chủ trì: " + (task.lead.empty() ? std::string("(chưa rõ)") : Join(task.lead));
  if (!task.support.empty()) who += " · Phối hợp: " + Join(task.support);
  out += "    " + who + "\n";
  const report::DueDate due = report::ComputeDueDate(task.deadline, options.today);
  std::string when = report::DeadlineLabel(task.deadline);
  if (due.recurring && due.date) when += " (kỳ tới " + report::FormatVn(*due.date) + ")";
  const report::DerivedState state =
      report::DeriveState(task.deadline, task.history, options.today, options.due_soon_days);
  const report::TaskStatus status = report::CurrentStatus(task.history);
  out += "    Hạn: " + (when.empty() ? std::string("không có") : when) + " — " +
         report::ToLabel(state) + " · Trạng thái: " + report::ToLabel(status);
  if (!task.history.empty()) out += " (từ " + report::FormatVn(task.history.back().on) + ")";
  out += "\n";
  if (!task.history.empty() && !task.history.back().note.empty()) {
    out += "    Ghi chú: " + task.history.back().note + "\n";
  }
  if (task.corrected.added) out += "    ✎ nhiệm vụ do cán bộ bổ sung\n";
  const std::string corrected = report::CorrectedLabel(task.corrected);
  if (!corrected.empty()) out += "    ✎ đã sửa: " + corrected + "\n";
  return out;
}

nlohmann::json DeadlineJson(const std::optional<Deadline>& deadline) {
  if (!deadline) return nullptr;
  const Deadline& d = *deadline;
  nlohmann::json j;
  j["kind"] = ToString(d.kind);
  j["date"] = DateJson(d.date);
  j["every"] = d.every == Recurrence::kNone ? nlohmann::json(nullptr) : nlohmann::json(ToString(d.every));
  j["time"] = d.time ? nlohmann::json(*d.time) : nlohmann::json(nullptr);
  j["day"] = d.day_of_period ? nlohmann::json(*d.day_of_period) : nlohmann::json(nullptr);
  j["text"] = d.text;
  j["label"] = report::DeadlineLabel(deadline);
  return j;
}

nlohmann::json TaskJson(const report::TaskRecord& task, const TaskViewOptions& options) {
  nlohmann::json j;
  j["id"] = task.task_id;
  const report::DirectiveInfo& d = task.directive;
  j["document"] = {{"id", d.id},           {"code", d.code},           {"type", d.type},
                   {"date", DateJson(d.date)}, {"subject", d.subject}, {"file_name", d.file_name}};
  j["section"] = task.section;
  j["text"] = task.text;
  j["lead"] = task.lead;
  j["support"] = task.support;
  if (options.body) {
    std::optional<report::Role> role = report::RoleOf(task, *options.body);
    j["role"] = role ? nlohmann::json(report::ToKey(*role)) : nlohmann::json(nullptr);
  }
  j["deadline"] = DeadlineJson(task.deadline);
  const report::DueDate due = report::ComputeDueDate(task.deadline, options.today);
  j["due"] = {{"date", DateJson(due.date)},
              {"time", due.time ? nlohmann::json(*due.time) : nlohmann::json(nullptr)},
              {"recurring", due.recurring}};
  const report::DerivedState state =
      report::DeriveState(task.deadline, task.history, options.today, options.due_soon_days);
  j["state"] = {{"key", report::ToKey(state)}, {"label", report::ToLabel(state)}};
  const report::TaskStatus status = report::CurrentStatus(task.history);
  nlohmann::json s = {{"key", report::ToCliWord(status)}, {"label", report::ToLabel(status)}};
  s["on"] = task.history.empty() ? nlohmann::json(nullptr) : nlohmann::json(task.history.back().on.Iso());
  s["note"] = task.history.empty() ? "" : task.history.back().note;
  s["user"] = task.history.empty() ? "" : task.history.back().user;
  j["status"] = s;
  j["page"] = task.page > 0 ? nlohmann::json(task.page) : nlohmann::json(nullptr);
  j["origin"] = task.corrected.added ? "manual" : "parse";
  j["dropped"] = options.dropped;
  j["corrected"] = CorrectedKeys(task.corrected);
  return j;
}

}  // namespace chidao::cli
