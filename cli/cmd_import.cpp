// chidao import PATH...: extract, parse and store files and folders into the archive.
//
// stdout: one line per file ("imported #12 kh.txt (3 pages, 14 tasks)", "already imported
// kh.txt") and a summary; stderr: progress, warnings ("kh.txt:2: reason") and failures
// ("chidao: FILE: reason"). Exit 0 when every file was stored or already present, 1 when
// some failed (the others are stored), 2 for usage errors, a single unreadable input or an
// archive that cannot be opened.
#include <cstdio>
#include <memory>
#include <thread>

#include "archive.h"
#include "chidao/parse.h"
#include "command.h"
#include "exit_code.h"
#include "importer.h"
#include "limit_flags.h"
#include "progress.h"

namespace chidao::cli {
namespace {

struct ImportFlags {
  std::vector<std::string> paths;
  std::string db;
  std::string ocr = "auto";
  int jobs = 0;
  bool quiet = false;
  std::string password;
  LimitFlags limits;
};

int RunImport(const ImportFlags& flags) {
  InputFiles inputs = CollectInputs(flags.paths);
  for (const Status& error : inputs.errors) {
    std::fprintf(stderr, "chidao: %s\n", error.ToString().c_str());
  }
  if (inputs.files.empty()) {
    if (inputs.errors.empty()) {
      std::fprintf(stderr, "chidao: no importable files (.pdf .txt .png .jpg .jpeg .tif "
                           ".tiff) under the paths given\n");
    }
    return kExitUsage;
  }
  ImportOptions options;
  options.extract.ocr = flags.ocr == "always" ? OcrMode::kAlways
                        : flags.ocr == "never" ? OcrMode::kNever
                                               : OcrMode::kAuto;
  int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  options.jobs = flags.jobs > 0 ? flags.jobs : cores;
  // OCR threads per document: the cores left over by document-level parallelism.
  options.extract.jobs = std::max(1, cores / std::max(1, options.jobs));
  ApplyLimitFlags(flags.limits, &options.extract);
  options.extract.require = ExtractOptions::Require::kVietnamese;
  options.extract.password = flags.password;
  options.parse = [](const Document& doc) { return ParseDirective(doc); };

  const int total = static_cast<int>(inputs.files.size());
  Progress progress(stderr, Progress::DetectMode(stderr, flags.quiet), total);
  ImportObserver observer;
  observer.file_started = [&](int i, const std::string& path) { progress.FileStarted(i, path); };
  observer.pages = [&](int i, int done, int all) { progress.Pages(i, done, all); };
  observer.file_done = [&](int i, const FileOutcome& out) {
    progress.Clear();
    if (!out.status.ok()) {
      std::fprintf(stderr, "chidao: %s\n", out.status.ToString().c_str());
    } else if (!flags.quiet) {
      if (out.already_present) {
        std::printf("already imported: %s\n", out.path.c_str());
      } else {
        std::printf("imported #%lld %s (%d page%s, %d task%s)\n",
                    static_cast<long long>(out.document_id), out.path.c_str(), out.pages,
                    out.pages == 1 ? "" : "s", out.tasks, out.tasks == 1 ? "" : "s");
      }
      for (const Diagnostic& d : out.diagnostics) {
        if (d.page > 0) {
          std::fprintf(stderr, "%s:%d: %s\n", out.path.c_str(), d.page, d.message.c_str());
        } else {
          std::fprintf(stderr, "%s: %s\n", out.path.c_str(), d.message.c_str());
        }
      }
    }
    std::fflush(stdout);
    progress.FileDone(i, out.pages);
  };
  auto start = std::chrono::steady_clock::now();
  Result<ImportSummary> summary =
      ImportFiles(ArchivePath(flags.db), inputs.files, options, observer);
  progress.Finish();
  if (!summary.ok()) {
    std::fprintf(stderr, "chidao: %s\n", summary.status().ToString().c_str());
    return kExitUsage;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!flags.quiet) {
    std::printf("%d imported, %d already imported, %d failed (%d files, %d pages, %d tasks) "
                "in %s\n",
                summary->imported, summary->already_present, summary->failed, total,
                summary->pages, summary->tasks, FormatDuration(seconds).c_str());
  }
  int failed = summary->failed + static_cast<int>(inputs.errors.size());
  if (failed == 0) return kExitOk;
  bool single_input = total + static_cast<int>(inputs.errors.size()) == 1;
  return single_input ? kExitUsage : kExitSomeFailed;
}

}  // namespace

Command MakeImportCommand() {
  auto flags = std::make_shared<ImportFlags>();
  return {"import", "Store files and folders (PDF, text, images) in the archive",
          [flags](CLI::App& sub) -> Handler {
            sub.add_option("PATH", flags->paths, "Files or folders (searched recursively)")
                ->required();
            AddArchiveOption(sub, flags->db);
            sub.add_option("--ocr", flags->ocr, "OCR pages: auto (when no text), always, never")
                ->check(CLI::IsMember({"auto", "always", "never"}));
            sub.add_option("--jobs", flags->jobs, "Files processed at once (default: cores)")
                ->check(CLI::Range(1, 64));
            sub.add_flag("-q,--quiet", flags->quiet, "Print only errors");
            sub.add_option("--password", flags->password,
                           "Password of encrypted PDFs (tried on each one)");
            AddLimitFlags(sub, &flags->limits);
            return [flags]() -> int { return RunImport(*flags); };
          }};
}

}  // namespace chidao::cli
