// chidao extract FILE...: print the clean text of files (the extract stage alone).
//
//   chidao extract FILE... [--pages] [--ocr auto|always|never] [--jobs N] [--json]
//                          [--encoding E] [--password P]
// Text goes to stdout (with --pages, a separator line before each page; with --json, one
// object with provenance per page, an array of them for several files). Several files are
// read in turn, each text after a "==> FILE <==" line, as head(1) does. Diagnostics go to
// stderr as "FILE:PAGE: message"; a file that cannot be read is one line
// "chidao: FILE: reason" and the others are still read. Exit code 2 when the only file
// failed, 1 when some of several did.
#include <cstdio>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "chidao/extract.h"
#include "command.h"
#include "exit_code.h"
#include "limit_flags.h"

namespace chidao::cli {
namespace {

struct ExtractFlags {
  std::vector<std::string> files;
  bool pages = false;
  bool json = false;
  std::string ocr = "auto";
  int jobs = 0;
  std::string encoding = "auto";
  std::string password;
  LimitFlags limits;
};

void PrintText(const Document& doc, bool separators) {
  for (const Page& page : doc.pages) {
    if (separators) {
      std::cout << "=== trang " << page.number << " (" << ToString(page.source);
      if (page.ocr_confidence >= 0) {
        std::cout << ", " << static_cast<int>(page.ocr_confidence + 0.5) << "%";
      }
      std::cout << ") ===\n";
    }
    std::cout << page.text;
    if (!page.text.empty() && page.text.back() != '\n') std::cout << '\n';
  }
}

nlohmann::ordered_json ToJson(const Document& doc) {
  nlohmann::ordered_json out;
  out["file"] = doc.path;
  out["sha256"] = doc.sha256;
  out["source"] = {{"kind", ToString(doc.kind)}, {"pages", doc.pages.size()}};
  out["pages"] = nlohmann::ordered_json::array();
  for (const Page& page : doc.pages) {
    nlohmann::ordered_json p;
    p["number"] = page.number;
    p["source"] = ToString(page.source);
    p["confidence"] = page.ocr_confidence >= 0 ? nlohmann::ordered_json(page.ocr_confidence)
                                               : nlohmann::ordered_json(nullptr);
    p["text"] = page.text;
    out["pages"].push_back(std::move(p));
  }
  out["diagnostics"] = nlohmann::ordered_json::array();
  for (const Diagnostic& d : doc.diagnostics) {
    out["diagnostics"].push_back({{"page", d.page}, {"message", d.message}});
  }
  return out;
}

void PrintJson(const nlohmann::ordered_json& out) {
  // Invalid UTF-8 cannot reach here (pages are NFC text), but replace rather than throw.
  std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

int Run(const ExtractFlags& flags) {
  ExtractOptions options;
  const std::optional<OcrMode> ocr = ParseOcrMode(flags.ocr);
  if (!ocr) {
    std::fprintf(stderr, "chidao: --ocr must be auto, always or never (got '%s')\n",
                 flags.ocr.c_str());
    return kExitUsage;
  }
  const std::optional<TextEncoding> encoding = ParseTextEncoding(flags.encoding);
  if (!encoding) {
    std::fprintf(stderr,
                 "chidao: --encoding must be auto, utf-8, utf-16, cp1258, tcvn3 or vni "
                 "(got '%s')\n",
                 flags.encoding.c_str());
    return kExitUsage;
  }
  options.ocr = *ocr;
  options.encoding = *encoding;
  options.jobs = flags.jobs;
  options.password = flags.password;
  options.require = ExtractOptions::Require::kText;
  ApplyLimitFlags(flags.limits, &options);
  // OCR takes seconds a page: on a terminal, show how far it got (overwritten in place).
  const bool show_progress = ::isatty(STDERR_FILENO) == 1;
  std::mutex progress_mutex;
  if (show_progress) {
    options.on_progress = [&progress_mutex](const ExtractProgress& p) {
      std::lock_guard<std::mutex> lock(progress_mutex);
      std::fprintf(stderr, "\rchidao: trang %d/%d", p.pages_done, p.pages_total);
      std::fflush(stderr);
    };
  }

  const bool several = flags.files.size() > 1;
  int failed = 0;
  nlohmann::ordered_json documents = nlohmann::ordered_json::array();
  for (const std::string& file : flags.files) {
    Result<Document> doc = ExtractFile(file, options);
    if (show_progress) std::fprintf(stderr, "\r\033[K");
    if (!doc.ok()) {
      std::cout.flush();  // keep stdout and stderr in file order on a terminal
      std::fprintf(stderr, "chidao: %s\n", doc.status().WithPath(file).ToString().c_str());
      ++failed;
      continue;
    }
    for (const Diagnostic& d : doc->diagnostics) {
      std::fprintf(stderr, "%s:%d: %s\n", file.c_str(), d.page, d.message.c_str());
    }
    if (flags.json) {
      if (several) {
        documents.push_back(ToJson(*doc));  // printed once all are read: one valid array
      } else {
        PrintJson(ToJson(*doc));
      }
    } else {
      if (several) std::cout << "==> " << file << " <==\n";
      PrintText(*doc, flags.pages);
      std::cout.flush();
    }
  }
  if (flags.json && several) PrintJson(documents);
  std::cout.flush();
  if (failed == 0) return kExitOk;
  return several ? kExitSomeFailed : kExitUsage;
}

}  // namespace

Command MakeExtractCommand() {
  auto flags = std::make_shared<ExtractFlags>();
  return {"extract", "Print the clean text of files (text, PDF, image)",
          [flags](CLI::App& sub) -> Handler {
            sub.add_option("FILE", flags->files, "Files to read (PDF, PNG, JPEG, TIFF, text)")
                ->required();
            sub.add_flag("--pages", flags->pages,
                         "Print a separator line before each page (number, source, confidence)");
            sub.add_flag("--json", flags->json,
                         "Print JSON: file, sha256, source kind, pages with source and "
                         "confidence, diagnostics");
            sub.add_option("--ocr", flags->ocr,
                           "When to OCR a PDF page: auto (no usable text layer), always, never")
                ->capture_default_str();
            sub.add_option("--jobs,-j", flags->jobs, "OCR worker threads (default: all cores)")
                ->check(CLI::Range(0, 256));
            sub.add_option("--encoding", flags->encoding,
                           "Text file encoding: auto, utf-8, utf-16, cp1258, tcvn3, vni")
                ->capture_default_str();
            sub.add_option("--password", flags->password, "Password of an encrypted PDF");
            AddLimitFlags(sub, &flags->limits);
            return [flags]() -> int { return Run(*flags); };
          }};
}

}  // namespace chidao::cli
