// Corrections by staff, recorded old → new in the task's history (chidao history TASK):
//   chidao edit TASK [--lead NAME]... [--support NAME]... [--deadline TEXT|DATE] [--text TEXT]
//   chidao add-task DOC --text TEXT [--lead NAME]... [--support NAME]... [--deadline ...]
//   chidao drop-task TASK            (a soft delete: the task and its history are kept)
// --lead/--support replace the whole list of that role; give the flag once per body (or
// several names separated by ";", since body names contain commas), or "" to empty it.
// A deadline reads like one in a document ("trước ngày 15/12", "hằng tháng trước ngày 25"),
// resolved against the directive's date; "" or "không" removes it.
#include <cstdio>
#include <memory>

#include "archive.h"
#include "chidao/deadline_text.h"
#include "chidao/vn_text.h"
#include "command.h"
#include "exit_code.h"
#include "report/calendar.h"
#include "report/deadline_label.h"
#include "task_view.h"
#include "tracking.h"

namespace chidao::cli {
namespace {

struct Flags {
  std::string db, target, text, deadline, note, section;
  std::vector<std::string> lead, support;
  CLI::Option* lead_opt = nullptr;      // owned by the CLI11 app, which outlives the handler
  CLI::Option* support_opt = nullptr;
  CLI::Option* text_opt = nullptr;
  CLI::Option* deadline_opt = nullptr;
};

void AddTaskFields(CLI::App& sub, Flags& f) {
  f.lead_opt = sub.add_option("--lead", f.lead, "Lead body (chủ trì); repeat for several")
                   ->expected(1)
                   ->take_all();
  f.support_opt = sub.add_option("--support", f.support, "Supporting body (phối hợp); repeat")
                      ->expected(1)
                      ->take_all();
  f.deadline_opt = sub.add_option(
      "--deadline", f.deadline, "Deadline: 15/12/2021, 'trong quý I/2022', 'hằng tháng trước ngày 25'");
  sub.add_option("--note", f.note, "Why the correction was made (kept in the history)");
  AddArchiveOption(sub, f.db);
}

// Names given with --lead/--support, split on ";" and resolved to canonical bodies.
Result<std::vector<std::string>> ResolveNames(const BodyResolver& resolver,
                                              const std::vector<std::string>& given) {
  std::vector<std::string> out;
  for (const std::string& arg : given) {
    std::size_t start = 0;
    while (start <= arg.size()) {
      std::size_t end = arg.find(';', start);
      if (end == std::string::npos) end = arg.size();
      std::string part = arg.substr(start, end - start);
      start = end + 1;
      if (part.find_first_not_of(" \t") == std::string::npos) continue;
      Result<ResolvedBody> body = resolver.ForAssignment(part);
      if (!body.ok()) return body.status();
      if (body->created) {
        std::fprintf(stderr, "chidao: note: '%s' is a body new to the archive\n", body->name.c_str());
      } else if (!body->exact) {
        std::fprintf(stderr, "chidao: note: '%s' read as '%s'\n", part.c_str(), body->name.c_str());
      }
      out.push_back(body->name);
    }
  }
  return out;
}

Result<std::optional<Deadline>> ReadDeadline(const std::string& text,
                                             const std::optional<Date>& doc_date) {
  const std::string folded = FoldDiacritics(text);
  if (folded.find_first_not_of(" \t") == std::string::npos || folded == "khong" ||
      folded == "none" || folded == "khong co han") {
    return std::optional<Deadline>();
  }
  std::optional<Deadline> d = ParseDeadlineText(text, doc_date);
  if (!d) {
    return Status::InvalidArgument("--deadline: cannot read '" + text +
                                   "' (e.g. 15/12/2021, 'trước ngày 15/12/2021', 'trong quý "
                                   "I/2022', 'hằng tháng trước ngày 25', 'thường xuyên')");
  }
  return d;
}

void PrintTask(Store& store, std::int64_t id) {
  Result<TrackedTask> task = store.GetTask(id);
  if (!task.ok()) return;
  TaskViewOptions view{report::LocalToday(), 3, std::nullopt, task->task.deleted};
  std::printf("\n%s", TaskText(ToTaskRecord(*task), view).c_str());
}

int RunEdit(const Flags& f) {
  Result<std::int64_t> id = ParseTaskId(f.target);
  if (!id.ok()) return Fail(id.status());
  if (!f.lead_opt->count() && !f.support_opt->count() && !f.text_opt->count() &&
      !f.deadline_opt->count()) {
    return Fail(Status::InvalidArgument(
        "nothing to change: give --lead, --support, --deadline or --text"));
  }
  Result<std::unique_ptr<Store>> store = OpenExistingArchive(f.db);
  if (!store.ok()) return Fail(store.status());
  Result<TrackedTask> task = (*store)->GetTask(*id);
  if (!task.ok()) return Fail(task.status());
  TaskEdit edit;
  edit.author = Author{OsUser(), f.note};
  if (f.text_opt->count()) edit.text = f.text;
  if (f.lead_opt->count() || f.support_opt->count()) {
    Result<BodyResolver> resolver = BodyResolver::Load(**store);
    if (!resolver.ok()) return Fail(resolver.status());
    if (f.lead_opt->count()) {
      Result<std::vector<std::string>> names = ResolveNames(*resolver, f.lead);
      if (!names.ok()) return Fail(names.status());
      edit.lead = *names;
    }
    if (f.support_opt->count()) {
      Result<std::vector<std::string>> names = ResolveNames(*resolver, f.support);
      if (!names.ok()) return Fail(names.status());
      edit.support = *names;
    }
  }
  if (f.deadline_opt->count()) {
    Result<std::optional<Deadline>> d = ReadDeadline(f.deadline, task->document.date);
    if (!d.ok()) return Fail(d.status());
    edit.deadline = *d;
  }
  Result<std::vector<EditRecord>> changes = (*store)->EditTask(*id, edit);
  if (!changes.ok()) return Fail(changes.status());
  if (changes->empty()) {
    std::printf("#%lld: không có gì thay đổi (giá trị mới trùng giá trị cũ)\n",
                static_cast<long long>(*id));
  } else {
    std::printf("#%lld: đã sửa %zu trường, ghi vào lịch sử (chidao history %lld)\n",
                static_cast<long long>(*id), changes->size(), static_cast<long long>(*id));
  }
  PrintTask(**store, *id);
  return kExitOk;
}

int RunAddTask(const Flags& f) {
  Result<std::unique_ptr<Store>> store = OpenExistingArchive(f.db);
  if (!store.ok()) return Fail(store.status());
  Result<DocumentRecord> doc = (*store)->GetDocument(f.target);
  if (!doc.ok()) return Fail(doc.status());
  NewTask task;
  task.text = f.text;
  task.section = f.section;
  task.author = Author{OsUser(), f.note};
  Result<BodyResolver> resolver = BodyResolver::Load(**store);
  if (!resolver.ok()) return Fail(resolver.status());
  Result<std::vector<std::string>> lead = ResolveNames(*resolver, f.lead);
  if (!lead.ok()) return Fail(lead.status());
  Result<std::vector<std::string>> support = ResolveNames(*resolver, f.support);
  if (!support.ok()) return Fail(support.status());
  task.lead = *lead;
  task.support = *support;
  if (f.deadline_opt->count()) {
    Result<std::optional<Deadline>> d = ReadDeadline(f.deadline, doc->meta.date);
    if (!d.ok()) return Fail(d.status());
    task.deadline = *d;
  }
  Result<std::int64_t> id = (*store)->AddTask(doc->summary.id, task);
  if (!id.ok()) return Fail(id.status());
  std::printf("Đã thêm nhiệm vụ #%lld vào văn bản #%lld\n", static_cast<long long>(*id),
              static_cast<long long>(doc->summary.id));
  PrintTask(**store, *id);
  return kExitOk;
}

int RunDropTask(const Flags& f) {
  Result<std::int64_t> id = ParseTaskId(f.target);
  if (!id.ok()) return Fail(id.status());
  Result<std::unique_ptr<Store>> store = OpenExistingArchive(f.db);
  if (!store.ok()) return Fail(store.status());
  Status s = (*store)->DropTask(*id, Author{OsUser(), f.note});
  if (s.code() == StatusCode::kAlreadyExists) {
    std::printf("#%lld: đã bỏ từ trước; không ghi thêm\n", static_cast<long long>(*id));
    return kExitOk;
  }
  if (!s.ok()) return Fail(s);
  std::printf("#%lld: đã bỏ (nhiệm vụ và lịch sử vẫn được giữ: chidao history %lld)\n",
              static_cast<long long>(*id), static_cast<long long>(*id));
  return kExitOk;
}

}  // namespace

Command MakeEditCommand() {
  auto f = std::make_shared<Flags>();
  return {"edit", "Correct a task (bodies, deadline, text); recorded old → new",
          [f](CLI::App& sub) -> Handler {
            sub.add_option("TASK", f->target, "Task id")->required();
            AddTaskFields(sub, *f);
            f->text_opt = sub.add_option("--text", f->text, "The task's text, corrected");
            return [f]() -> int { return RunEdit(*f); };
          }};
}

Command MakeAddTaskCommand() {
  auto f = std::make_shared<Flags>();
  return {"add-task", "Add a task the parser missed to a document",
          [f](CLI::App& sub) -> Handler {
            sub.add_option("DOC", f->target, "Document id or số ký hiệu")->required();
            AddTaskFields(sub, *f);
            f->text_opt = sub.add_option("--text", f->text, "The task's text")->required();
            sub.add_option("--section", f->section, "Section it belongs to, e.g. III.2");
            return [f]() -> int { return RunAddTask(*f); };
          }};
}

Command MakeDropTaskCommand() {
  auto f = std::make_shared<Flags>();
  return {"drop-task", "Drop a task the parser found by mistake (kept, marked dropped)",
          [f](CLI::App& sub) -> Handler {
            sub.add_option("TASK", f->target, "Task id")->required();
            sub.add_option("--note", f->note, "Why it is not a task (kept in the history)");
            AddArchiveOption(sub, f->db);
            return [f]() -> int { return RunDropTask(*f); };
          }};
}

}  // namespace chidao::cli
