// chidao due [--within 7d] [--overdue] [--body NAME] [--today DATE]: what is late and what
// falls due soon, most overdue first. --today makes the list reproducible (tests, reports).
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
  std::string db, within = "7d", body, today;
  bool overdue = false;
  bool json = false;
};

std::string DaysLabel(const report::DueItem& item) {
  if (item.days_left < 0) return "quá hạn " + std::to_string(-item.days_left) + " ngày";
  if (item.days_left == 0) return "đến hạn hôm nay";
  return "còn " + std::to_string(item.days_left) + " ngày";
}

int Run(const Flags& flags) {
  Result<Date> today = ParseDateFlag("--today", flags.today, report::LocalToday());
  if (!today.ok()) return Fail(today.status());
  Result<int> within = report::ParseWithin(flags.within);
  if (!within.ok()) return Fail(within.status());
  Result<std::unique_ptr<Store>> store = OpenExistingArchive(flags.db);
  if (!store.ok()) return Fail(store.status());
  report::DueOptions options;
  options.within_days = *within;
  options.overdue_only = flags.overdue;
  TaskQuery query;
  if (!flags.body.empty()) {
    Result<BodyResolver> resolver = BodyResolver::Load(**store);
    if (!resolver.ok()) return Fail(resolver.status());
    Result<ResolvedBody> body = resolver->ForFilter(flags.body);
    if (!body.ok()) return Fail(body.status());
    query.body = options.body = body->name;
  }
  Result<std::vector<TrackedTask>> tasks = (*store)->ListTasks(query);
  if (!tasks.ok()) return Fail(tasks.status());
  const std::vector<report::TaskRecord> records = ToTaskRecords(*tasks);
  const std::vector<report::DueItem> items = report::BuildDueList(records, *today, options);
  const TaskViewOptions view{*today, options.due_soon_days, options.body, false};
  if (flags.json) {
    nlohmann::json out = {{"today", today->Iso()},
                          {"within_days", options.within_days},
                          {"overdue_only", options.overdue_only},
                          {"tasks", nlohmann::json::array()}};
    if (options.body) out["body"] = *options.body;
    for (const report::DueItem& item : items) {
      nlohmann::json j = TaskJson(*item.task, view);
      j["days_left"] = item.days_left;
      out["tasks"].push_back(std::move(j));
    }
    std::cout << Dump(out) << "\n";
    return kExitOk;
  }
  std::printf("Tính đến %s%s%s\n", report::FormatVn(*today).c_str(),
              options.body ? (", cơ quan: " + *options.body).c_str() : "",
              flags.overdue ? ", chỉ việc quá hạn"
                            : (", quá hạn và đến hạn trong " + std::to_string(*within) + " ngày")
                                  .c_str());
  int overdue = 0;
  for (const report::DueItem& item : items) {
    overdue += item.days_left < 0;
    std::string head = DaysLabel(item) + " (hạn " + report::FormatVn(item.due);
    if (item.time) head += " " + *item.time;
    head += ")";
    std::printf("\n[%s] %s", head.c_str(), TaskText(*item.task, view).c_str());
  }
  std::printf("\n%zu nhiệm vụ: %d quá hạn, %zu sắp đến hạn\n", items.size(), overdue,
              items.size() - static_cast<std::size_t>(overdue));
  return kExitOk;
}

}  // namespace

Command MakeDueCommand() {
  auto flags = std::make_shared<Flags>();
  return {"due", "List overdue tasks and tasks falling due soon",
          [flags](CLI::App& sub) -> Handler {
            sub.add_option("--within", flags->within, "Horizon: 7d (default), 14, 2w, '10 ngày'");
            sub.add_flag("--overdue", flags->overdue, "Only tasks past their due date");
            sub.add_option("--body", flags->body, "Only this body's tasks (lead or support)");
            sub.add_option("--today", flags->today, "Judge deadlines as of DATE (default: today)");
            AddArchiveOption(sub, flags->db);
            sub.add_flag("--json", flags->json, "Print JSON");
            return [flags]() -> int { return Run(*flags); };
          }};
}

}  // namespace chidao::cli
