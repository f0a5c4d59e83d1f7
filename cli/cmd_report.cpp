// chidao report [--today DATE] [--format md|html|json]: per department (the bodies leading
// the tasks), how many tasks are in each derived state, with percentages, and the overdue list.
#include <cstdio>
#include <iostream>
#include <memory>

#include "archive.h"
#include "command.h"
#include "exit_code.h"
#include "report/calendar.h"
#include "report/report.h"
#include "report/report_render.h"
#include "tracking.h"

namespace chidao::cli {
namespace {

struct Flags {
  std::string db, format = "md", today;
};

int Run(const Flags& flags) {
  Result<report::ReportFormat> format = report::ParseReportFormat(flags.format);
  if (!format.ok()) return Fail(format.status());
  Result<Date> today = ParseDateFlag("--today", flags.today, report::LocalToday());
  if (!today.ok()) return Fail(today.status());
  Result<std::unique_ptr<Store>> store = OpenExistingArchive(flags.db);
  if (!store.ok()) return Fail(store.status());
  Result<std::vector<TrackedTask>> tasks = (*store)->ListTasks(TaskQuery{});
  if (!tasks.ok()) return Fail(tasks.status());
  const report::Report report = report::BuildReport(ToTaskRecords(*tasks), *today);
  switch (*format) {
    case report::ReportFormat::kMarkdown: std::cout << report::RenderReportMarkdown(report); break;
    case report::ReportFormat::kHtml: std::cout << report::RenderReportHtml(report); break;
    case report::ReportFormat::kJson: std::cout << report::RenderReportJson(report); break;
  }
  std::cout.flush();
  return std::cout ? kExitOk : Fail(Status::IoError("stdout", "cannot write the report"));
}

}  // namespace

Command MakeReportCommand() {
  auto flags = std::make_shared<Flags>();
  return {"report", "Report every department's tasks by state (md, html with a chart, json)",
          [flags](CLI::App& sub) -> Handler {
            sub.add_option("--today", flags->today, "Judge deadlines as of DATE (default: today)");
            sub.add_option("--format", flags->format, "md (default), html or json");
            AddArchiveOption(sub, flags->db);
            return [flags]() -> int { return Run(*flags); };
          }};
}

}  // namespace chidao::cli
