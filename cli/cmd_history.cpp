// chidao history TASK: the task as it stands, then everything recorded about it — status
// entries and corrections (old → new) — in the order they were recorded.
#include <cstdio>
#include <iostream>
#include <memory>

#include "archive.h"
#include "archive_json.h"
#include "command.h"
#include "exit_code.h"
#include "report/calendar.h"
#include "report/compliance.h"
#include "report/deadline_label.h"
#include "task_view.h"
#include "tracking.h"

namespace chidao::cli {
namespace {

struct Flags {
  std::string db, task;
  bool json = false;
};

const char* FieldLabel(const std::string& field) {
  if (field == kEditText) return "nội dung";
  if (field == kEditLead) return "cơ quan chủ trì";
  if (field == kEditSupport) return "cơ quan phối hợp";
  if (field == kEditDeadline) return "hạn";
  if (field == kEditDropped) return "bỏ nhiệm vụ";
  if (field == kEditAdded) return "bổ sung nhiệm vụ";
  return "trường khác";
}

// An edit value as people read it (task_edit.h gives the encodings).
std::string Readable(const std::string& field, const std::optional<std::string>& value) {
  if (!value) return "(trống)";
  if (field == kEditLead || field == kEditSupport) {
    std::string out;
    for (const std::string& n : NamesFromEditValue(*value)) out += (out.empty() ? "" : "; ") + n;
    return out.empty() ? "(trống)" : out;
  }
  if (field == kEditDeadline) {
    std::optional<Deadline> d = DeadlineFromEditValue(*value);
    std::string label = report::DeadlineLabel(d);
    return label.empty() ? "(không có)" : label;
  }
  if (field == kEditDropped) return *value == "1" ? "đã bỏ" : "còn hiệu lực";
  return "\"" + *value + "\"";
}

// One history line and its sort key (recorded_at, then kind and id for equal seconds).
struct Line {
  std::string recorded_at;
  int kind = 0;  // 0 edit, 1 status: an add-task edit sorts before a status of the same second
  std::int64_t id = 0;
  std::string text;
  nlohmann::json json;
};

int Run(const Flags& flags) {
  Result<std::int64_t> id = ParseTaskId(flags.task);
  if (!id.ok()) return Fail(id.status());
  Result<std::unique_ptr<Store>> store = OpenExistingArchive(flags.db);
  if (!store.ok()) return Fail(store.status());
  Result<TrackedTask> task = (*store)->GetTask(*id);
  if (!task.ok()) return Fail(task.status());
  std::vector<Line> lines;
  for (const StatusRecord& s : task->history) {
    Result<report::TaskStatus> st = report::ParseTaskStatus(s.status);
    std::string text = s.recorded_at + "  " + s.user + "  trạng thái → " +
                       (st.ok() ? report::ToLabel(*st) : s.status.c_str()) + " (" + s.status +
                       "), từ " + report::FormatVn(s.effective_on);
    if (!s.note.empty()) text += " — " + s.note;
    nlohmann::json j = {{"type", "status"}, {"id", s.id}, {"status", s.status},
                        {"on", s.effective_on.Iso()}, {"note", s.note}, {"user", s.user},
                        {"recorded_at", s.recorded_at}};
    lines.push_back({s.recorded_at, 1, s.id, std::move(text), std::move(j)});
  }
  for (const EditRecord& e : task->edits) {
    std::string text = e.recorded_at + "  " + e.user + "  " + FieldLabel(e.field) + ": ";
    if (e.field == kEditAdded) {
      text += Readable(kEditText, e.new_value);
    } else {
      text += Readable(e.field, e.old_value) + " → " + Readable(e.field, e.new_value);
    }
    if (!e.note.empty()) text += " — " + e.note;
    nlohmann::json j = {{"type", "edit"}, {"id", e.id}, {"field", e.field},
                        {"old", e.old_value ? nlohmann::json(*e.old_value) : nlohmann::json(nullptr)},
                        {"new", e.new_value ? nlohmann::json(*e.new_value) : nlohmann::json(nullptr)},
                        {"note", e.note}, {"user", e.user}, {"recorded_at", e.recorded_at}};
    lines.push_back({e.recorded_at, 0, e.id, std::move(text), std::move(j)});
  }
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    if (a.recorded_at != b.recorded_at) return a.recorded_at < b.recorded_at;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.id < b.id;
  });
  const report::TaskRecord record = ToTaskRecord(*task);
  const TaskViewOptions view{report::LocalToday(), 3, std::nullopt, task->task.deleted};
  if (flags.json) {
    nlohmann::json out = {{"task", TaskJson(record, view)}, {"history", nlohmann::json::array()}};
    for (Line& l : lines) out["history"].push_back(std::move(l.json));
    std::cout << Dump(out) << "\n";
    return kExitOk;
  }
  std::printf("%s\n", TaskText(record, view).c_str());
  if (lines.empty()) {
    std::printf("Chưa có gì được ghi cho nhiệm vụ này (trạng thái: Chưa thực hiện).\n");
    return kExitOk;
  }
  std::printf("Lịch sử (%zu):\n", lines.size());
  for (const Line& l : lines) std::printf("  %s\n", l.text.c_str());
  return kExitOk;
}

}  // namespace

Command MakeHistoryCommand() {
  auto flags = std::make_shared<Flags>();
  return {"history", "Show a task's status history and corrections",
          [flags](CLI::App& sub) -> Handler {
            sub.add_option("TASK", flags->task, "Task id")->required();
            AddArchiveOption(sub, flags->db);
            sub.add_flag("--json", flags->json, "Print JSON");
            return [flags]() -> int { return Run(*flags); };
          }};
}

}  // namespace chidao::cli
