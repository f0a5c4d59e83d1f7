// chidao parse FILE [--json] [--ocr auto|always|never] [--jobs N]: extract and parse one file,
// print what was found, touch no database.
//
// stdout: with --json exactly the `parse --json` shape (chidao/directive_json.h); without it a
// Vietnamese summary for a person: the metadata block, then the tasks grouped by lead body
// (tasks naming no body last), each with its section, deadline and supporting bodies.
// stderr: warnings ("FILE:PAGE: reason") and errors ("chidao: FILE: reason").
// Exit 0 on success, 2 when the file cannot be read or the flags are wrong.
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <string>

#include "chidao/directive_json.h"
#include "chidao/extract.h"
#include "chidao/parse.h"
#include "command.h"
#include "exit_code.h"
#include "limit_flags.h"

namespace chidao::cli {
namespace {

struct ParseFlags {
  std::string file;
  bool json = false;
  std::string ocr = "auto";
  int jobs = 0;
  std::string password;
  LimitFlags limits;
};

std::string DayFirst(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
  return buf;
}

// "trước ngày 15/12/2021 (hạn 15/12/2021)", "Hằng ngày, chậm nhất trước 20h00 (hằng ngày, 20:00)".
std::string DeadlineLabel(const Deadline& d) {
  std::string when;
  switch (d.kind) {
    case DeadlineKind::kDate: when = d.date ? "hạn " + DayFirst(*d.date) : "hạn"; break;
    case DeadlineKind::kPeriod: when = d.date ? "hạn cuối " + DayFirst(*d.date) : "trong kỳ"; break;
    case DeadlineKind::kStart: when = d.date ? "bắt đầu từ " + DayFirst(*d.date) : "bắt đầu"; break;
    case DeadlineKind::kOngoing: when = "thường xuyên"; break;
    case DeadlineKind::kAsap: when = "thực hiện ngay"; break;
    case DeadlineKind::kRecurring: {
      static const std::map<Recurrence, const char*> kEvery = {
          {Recurrence::kDay, "hằng ngày"},      {Recurrence::kWeek, "hằng tuần"},
          {Recurrence::kMonth, "hằng tháng"},   {Recurrence::kQuarter, "hằng quý"},
          {Recurrence::kHalfYear, "6 tháng"},   {Recurrence::kYear, "hằng năm"}};
      auto it = kEvery.find(d.every);
      when = std::string("định kỳ ") + (it != kEvery.end() ? it->second : "");
      break;
    }
  }
  if (d.time) when += ", " + *d.time;
  return d.text.empty() ? when : d.text + " (" + when + ")";
}

// "Số ký hiệu:" padded to one column; printf's %-18s counts bytes, not letters.
std::string Pad(std::string_view label) {
  std::size_t letters = 0;
  for (char c : label) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return std::string(label) + std::string(letters < 19 ? 19 - letters : 1, ' ');
}

void PrintField(const char* label, const std::optional<std::string>& value) {
  if (value && !value->empty()) std::printf("%s%s\n", Pad(label).c_str(), value->c_str());
}

void PrintSummary(const Document& doc, const Directive& d) {
  const Metadata& m = d.meta;
  std::printf("%s%s (%s, %zu trang)\n", Pad("Tệp:").c_str(), doc.path.c_str(), ToString(doc.kind),
              doc.pages.size());
  PrintField("Số ký hiệu:", m.code ? std::optional<std::string>(m.code->text) : std::nullopt);
  PrintField("Loại văn bản:", m.type);
  PrintField("Cơ quan ban hành:", m.issuer);
  PrintField("Nơi ban hành:", m.place);
  PrintField("Ngày ban hành:", m.date ? std::optional<std::string>(DayFirst(*m.date)) : std::nullopt);
  PrintField("Trích yếu:", m.subject);
  if (m.urgency != Urgency::kNone) PrintField("Độ khẩn:", std::string(ToString(m.urgency)));
  std::string signer = (m.signer_title ? *m.signer_title + " " : "") + m.signer.value_or("");
  if (m.signer || m.signer_title) PrintField("Người ký:", signer);
  for (const std::string& a : m.addressees) PrintField("Kính gửi:", a);
  if (!d.references.empty()) {
    std::printf("Văn bản dẫn chiếu:\n");
    for (const Reference& r : d.references) {
      std::printf("  - %s%s%s%s\n", r.type ? (*r.type + " ").c_str() : "", r.code.text.c_str(),
                  r.date ? (" ngày " + DayFirst(*r.date)).c_str() : "",
                  r.issuer ? (" của " + *r.issuer).c_str() : "");
    }
  }
  std::printf("\nNhiệm vụ: %zu\n", d.tasks.size());
  // Group by lead body, in order of first appearance; tasks naming no body last.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Task*>> groups;
  for (const Task& t : d.tasks) {
    std::vector<std::string> names;
    for (const BodyRef& b : t.lead) names.push_back(b.name);
    if (names.empty()) names.push_back("");
    for (const std::string& n : names) {
      if (!groups.count(n) && !n.empty()) order.push_back(n);
      groups[n].push_back(&t);
    }
  }
  if (groups.count("")) order.push_back("");
  for (const std::string& body : order) {
    const auto& tasks = groups[body];
    std::printf("\n■ %s (%zu)\n", body.empty() ? "Không nêu cơ quan chủ trì" : body.c_str(),
                tasks.size());
    for (const Task* t : tasks) {
      std::printf("  %d. [%s] %s\n", t->id, t->section.empty() ? "-" : t->section.c_str(),
                  t->text.c_str());
      if (!t->support.empty()) {
        std::string s;
        for (const BodyRef& b : t->support) s += (s.empty() ? "" : "; ") + b.name;
        std::printf("       Phối hợp: %s\n", s.c_str());
      }
      if (t->deadline) std::printf("       Thời hạn: %s\n", DeadlineLabel(*t->deadline).c_str());
    }
  }
}

int RunParse(const ParseFlags& flags) {
  ExtractOptions options;
  options.ocr = flags.ocr == "always" ? OcrMode::kAlways
                : flags.ocr == "never" ? OcrMode::kNever
                                       : OcrMode::kAuto;
  options.jobs = flags.jobs;
  ApplyLimitFlags(flags.limits, &options);
  options.require = ExtractOptions::Require::kVietnamese;
  options.password = flags.password;
  Result<Document> doc = ExtractFile(flags.file, options);
  if (!doc.ok()) {
    std::fprintf(stderr, "chidao: %s\n", doc.status().ToString().c_str());
    return kExitUsage;
  }
  Directive directive = ParseDirective(*doc);
  for (const Diagnostic& diag : directive.diagnostics) {
    if (diag.page > 0) std::fprintf(stderr, "%s:%d: %s\n", flags.file.c_str(), diag.page, diag.message.c_str());
    else std::fprintf(stderr, "%s: %s\n", flags.file.c_str(), diag.message.c_str());
  }
  if (flags.json) {
    std::cout << DirectiveToJson(*doc, directive).dump(2) << "\n";
  } else {
    PrintSummary(*doc, directive);
  }
  return kExitOk;
}

}  // namespace

Command MakeParseCommand() {
  auto flags = std::make_shared<ParseFlags>();
  return {"parse", "Extract and parse one file: metadata and tasks, no database",
          [flags](CLI::App& sub) -> Handler {
            sub.add_option("FILE", flags->file, "File to read (text, PDF, image)")->required();
            sub.add_flag("--json", flags->json, "Print the result as JSON");
            sub.add_option("--ocr", flags->ocr, "OCR: auto (pages without text), always, never")
                ->check(CLI::IsMember({"auto", "always", "never"}));
            sub.add_option("--jobs", flags->jobs, "OCR threads (0 = number of cores)")
                ->check(CLI::NonNegativeNumber);
            sub.add_option("--password", flags->password, "Password of an encrypted PDF");
            AddLimitFlags(sub, &flags->limits);
            return [flags]() -> int { return RunParse(*flags); };
          }};
}

}  // namespace chidao::cli
