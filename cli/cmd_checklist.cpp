// chidao checklist --body NAME [--doc DOC] [--status S] [--format md|csv|html|xlsx|json]
// [-o FILE] [--today DATE]: the compliance checklist of one department, grouped by directive.
// Text formats go to stdout or FILE; XLSX needs a file (or stdout redirected to one). Files
// are written whole through a temporary name, so an interrupted export leaves no half file.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "archive.h"
#include "command.h"
#include "exit_code.h"
#include "report/calendar.h"
#include "report/checklist.h"
#include "report/checklist_render.h"
#include "tracking.h"

namespace chidao::cli {
namespace {

struct Flags {
  std::string db, body, doc, status, format = "md", output, today;
};

// XLSX to stdout: libxlsxwriter writes files, so write one and copy it out.
Status XlsxToStdout(const report::Checklist& checklist) {
  const std::string tmp = TemporarySibling((std::filesystem::temp_directory_path() / "chidao.xlsx").string());
  Status s = report::WriteChecklistXlsx(checklist, tmp);
  if (s.ok()) {
    std::ifstream in(tmp, std::ios::binary);
    std::cout << in.rdbuf();
    std::cout.flush();
    if (!std::cout) s = Status::IoError("stdout", "cannot write the spreadsheet");
  }
  std::error_code ec;
  std::filesystem::remove(tmp, ec);
  return s;
}

Status XlsxToFile(const report::Checklist& checklist, const std::string& path) {
  const std::string tmp = TemporarySibling(path);
  Status s = report::WriteChecklistXlsx(checklist, tmp);
  std::error_code ec;
  if (s.ok()) {
    std::filesystem::rename(tmp, path, ec);
    if (ec) s = Status::IoError(path, "cannot write the file: " + ec.message());
  }
  if (!s.ok()) std::filesystem::remove(tmp, ec);
  return s;
}

int Run(const Flags& flags) {
  Result<report::ChecklistFormat> format = report::ParseChecklistFormat(flags.format);
  if (!format.ok()) return Fail(format.status());
  if (*format == report::ChecklistFormat::kXlsx && flags.output.empty() && ::isatty(STDOUT_FILENO)) {
    return Fail(Status::InvalidArgument("--format xlsx writes a spreadsheet: give -o FILE.xlsx"));
  }
  Result<Date> today = ParseDateFlag("--today", flags.today, report::LocalToday());
  if (!today.ok()) return Fail(today.status());
  report::ChecklistOptions options;
  if (!flags.status.empty()) {
    Result<report::TaskStatus> status = report::ParseTaskStatus(flags.status);
    if (!status.ok()) return Fail(status.status());
    options.status = *status;
  }
  Result<std::unique_ptr<Store>> store = OpenExistingArchive(flags.db);
  if (!store.ok()) return Fail(store.status());
  Result<BodyResolver> resolver = BodyResolver::Load(**store);
  if (!resolver.ok()) return Fail(resolver.status());
  Result<ResolvedBody> body = resolver->ForFilter(flags.body);
  if (!body.ok()) return Fail(body.status());
  TaskQuery query;
  query.body = body->name;
  if (!flags.doc.empty()) {
    Result<std::int64_t> doc = ResolveDocument(**store, flags.doc);
    if (!doc.ok()) return Fail(doc.status());
    query.document_id = options.document_id = *doc;
  }
  Result<std::vector<TrackedTask>> tasks = (*store)->ListTasks(query);
  if (!tasks.ok()) return Fail(tasks.status());
  // The store lists newest directive first; the checklist orders its groups itself.
  const report::Checklist checklist =
      report::BuildChecklist(body->name, ToTaskRecords(*tasks), *today, options);
  Status written;
  if (*format == report::ChecklistFormat::kXlsx) {
    written = flags.output.empty() ? XlsxToStdout(checklist) : XlsxToFile(checklist, flags.output);
  } else {
    std::string text;
    switch (*format) {
      case report::ChecklistFormat::kMarkdown: text = report::RenderChecklistMarkdown(checklist); break;
      case report::ChecklistFormat::kCsv: text = report::RenderChecklistCsv(checklist); break;
      case report::ChecklistFormat::kHtml: text = report::RenderChecklistHtml(checklist); break;
      case report::ChecklistFormat::kJson: text = report::RenderChecklistJson(checklist); break;
      case report::ChecklistFormat::kXlsx: break;
    }
    if (flags.output.empty()) {
      std::cout << text;
      std::cout.flush();
    } else {
      written = WriteFileAtomically(flags.output, text);
    }
  }
  if (!written.ok()) return Fail(written);
  if (!flags.output.empty()) {
    std::fprintf(stderr, "chidao: %s: checklist of %s, %zu tasks in %zu directives\n",
                 flags.output.c_str(), checklist.body.c_str(), checklist.TaskCount(),
                 checklist.groups.size());
  }
  return kExitOk;
}

}  // namespace

Command MakeChecklistCommand() {
  auto flags = std::make_shared<Flags>();
  return {"checklist", "Print a department's compliance checklist (md, csv, html, xlsx, json)",
          [flags](CLI::App& sub) -> Handler {
            sub.add_option("--body", flags->body, "Body (cơ quan) by name or alias")->required();
            sub.add_option("--doc", flags->doc, "Only the tasks of this document (id or số ký hiệu)");
            sub.add_option("--status", flags->status, "Only tasks whose status is S");
            sub.add_option("--format", flags->format, "md (default), csv, html, xlsx or json");
            sub.add_option("-o,--output", flags->output, "Write to FILE instead of stdout");
            sub.add_option("--today", flags->today, "Judge deadlines as of DATE (default: today)");
            AddArchiveOption(sub, flags->db);
            return [flags]() -> int { return Run(*flags); };
          }};
}

}  // namespace chidao::cli
