// chidao tasks: the responsibilities of a department across all directives, or every task.
//   chidao tasks --body "so y te" --role lead --status open --due-before 31/12/2021
#include <cstdio>
#include <iostream>
#include <memory>

#include "archive.h"
#include "archive_json.h"
#include "command.h"
#include "exit_code.h"
#include "report/calendar.h"
#include "report/task_filter.h"
#include "task_view.h"
#include "tracking.h"

namespace chidao::cli {
namespace {

struct Flags {
  std::string db, body, role = "any", status, due_before, doc, today;
  bool json = false;
};

int Run(const Flags& flags) {
  Result<std::unique_ptr<Store>> store = OpenExistingArchive(flags.db);
  if (!store.ok()) return Fail(store.status());
  Result<Date> today = ParseDateFlag("--today", flags.today, report::LocalToday());
  if (!today.ok()) return Fail(today.status());
  report::TaskFilter filter;
  Result<report::RoleFilter> role = report::ParseRoleFilter(flags.role);
  if (!role.ok()) return Fail(role.status());
  filter.role = *role;
  if (!flags.status.empty()) {
    Result<report::TaskStatus> status = report::ParseTaskStatus(flags.status);
    if (!status.ok()) return Fail(status.status());
    filter.status = *status;
  }
  if (!flags.due_before.empty()) {
    Result<Date> due = ParseDateFlag("--due-before", flags.due_before, *today);
    if (!due.ok()) return Fail(due.status());
    filter.due_before = *due;
  }
  TaskQuery query;
  if (!flags.doc.empty()) {
    Result<std::int64_t> doc = ResolveDocument(**store, flags.doc);
    if (!doc.ok()) return Fail(doc.status());
    query.document_id = filter.document_id = *doc;
  }
  if (!flags.body.empty()) {
    Result<BodyResolver> resolver = BodyResolver::Load(**store);
    if (!resolver.ok()) return Fail(resolver.status());
    Result<ResolvedBody> body = resolver->ForFilter(flags.body);
    if (!body.ok()) return Fail(body.status());
    query.body = filter.body = body->name;
  }
  Result<std::vector<TrackedTask>> tasks = (*store)->ListTasks(query);
  if (!tasks.ok()) return Fail(tasks.status());
  TaskViewOptions view{*today, 3, filter.body, false};
  std::vector<report::TaskRecord> selected;
  for (report::TaskRecord& r : ToTaskRecords(*tasks)) {
    if (report::Matches(r, filter, *today)) selected.push_back(std::move(r));
  }
  if (flags.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const report::TaskRecord& r : selected) out.push_back(TaskJson(r, view));
    std::cout << Dump(out) << "\n";
    return kExitOk;
  }
  if (filter.body) std::printf("Cơ quan: %s\n\n", filter.body->c_str());
  int lead = 0, support = 0;
  for (const report::TaskRecord& r : selected) {
    std::printf("%s\n", TaskText(r, view).c_str());
    if (filter.body) (report::RoleOf(r, *filter.body) == report::Role::kLead ? lead : support)++;
  }
  std::printf("%zu nhiệm vụ", selected.size());
  if (filter.body) std::printf(" (chủ trì %d, phối hợp %d)", lead, support);
  std::printf("\n");
  return kExitOk;
}

}  // namespace

Command MakeTasksCommand() {
  auto flags = std::make_shared<Flags>();
  return {"tasks", "List tasks: a department's responsibilities across all directives",
          [flags](CLI::App& sub) -> Handler {
            sub.add_option("--body", flags->body,
                           "Body (cơ quan) by name or alias, any case, with or without marks");
            sub.add_option("--role", flags->role, "lead (chủ trì), support (phối hợp) or any")
                ->check(CLI::IsMember({"lead", "support", "any"}));
            sub.add_option("--status", flags->status, "open, in-progress, done or blocked");
            sub.add_option("--due-before", flags->due_before,
                           "Only tasks due on or before DATE (dd/mm/yyyy)");
            sub.add_option("--doc", flags->doc, "Only the tasks of this document (id or số ký hiệu)");
            sub.add_option("--today", flags->today, "Judge deadlines as of DATE (default: today)");
            AddArchiveOption(sub, flags->db);
            sub.add_flag("--json", flags->json, "Print JSON");
            return [flags]() -> int { return Run(*flags); };
          }};
}

}  // namespace chidao::cli
