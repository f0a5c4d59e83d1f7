// chidao status TASK done|in-progress|open|blocked [--note TEXT] [--on DATE]: appends one
// entry to the task's status history (who: the OS user; when: now, effective --on or today).
// Nothing is overwritten: `chidao history TASK` shows every entry.
#include <cstdio>
#include <memory>

#include "archive.h"
#include "command.h"
#include "exit_code.h"
#include "report/calendar.h"
#include "report/compliance.h"
#include "tracking.h"

namespace chidao::cli {
namespace {

struct Flags {
  std::string db, task, status, note, on;
};

int Run(const Flags& flags) {
  Result<std::int64_t> id = ParseTaskId(flags.task);
  if (!id.ok()) return Fail(id.status());
  Result<report::TaskStatus> status = report::ParseTaskStatus(flags.status);
  if (!status.ok()) return Fail(status.status());
  Result<Date> on = ParseDateFlag("--on", flags.on, report::LocalToday());
  if (!on.ok()) return Fail(on.status());
  Result<std::unique_ptr<Store>> store = OpenExistingArchive(flags.db);
  if (!store.ok()) return Fail(store.status());
  StatusUpdate update{report::ToCliWord(*status), *on, Author{OsUser(), flags.note}};
  Result<StatusRecord> done = (*store)->AppendStatus(*id, update);
  if (!done.ok()) return Fail(done.status());
  std::printf("#%lld: %s (%s) từ %s — ghi bởi %s\n", static_cast<long long>(*id),
              report::ToLabel(*status), report::ToCliWord(*status),
              report::FormatVn(done->effective_on).c_str(), done->user.c_str());
  return kExitOk;
}

}  // namespace

Command MakeStatusCommand() {
  auto flags = std::make_shared<Flags>();
  return {"status", "Record a task's status (appended to its history)",
          [flags](CLI::App& sub) -> Handler {
            sub.add_option("TASK", flags->task, "Task id (as 'chidao tasks' shows it)")->required();
            sub.add_option("STATUS", flags->status, "done, in-progress, open or blocked")
                ->required();
            sub.add_option("--note", flags->note, "Why, or what was done");
            sub.add_option("--on", flags->on, "Day it took effect (dd/mm/yyyy; default today)");
            AddArchiveOption(sub, flags->db);
            return [flags]() -> int { return Run(*flags); };
          }};
}

}  // namespace chidao::cli
