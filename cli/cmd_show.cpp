// chidao show DOC: one document (by id or số ký hiệu) with its metadata and tasks.
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>

#include "archive.h"
#include "archive_json.h"
#include "command.h"
#include "exit_code.h"

namespace chidao::cli {
namespace {

std::string Names(const std::vector<BodyRef>& refs) {
  std::string out;
  for (const BodyRef& r : refs) out += (out.empty() ? "" : "; ") + r.name;
  return out;
}

void Line(const char* label, const std::string& value) {
  if (!value.empty()) std::printf("%-18s %s\n", label, value.c_str());
}

// Task id → the fields staff corrected ("nội dung, hạn"), for the ✎ mark (chidao edit).
std::map<std::int64_t, std::string> CorrectedFields(Store& store, std::int64_t document_id) {
  std::map<std::int64_t, std::string> out;
  TaskQuery query;
  query.document_id = document_id;
  query.include_dropped = true;
  Result<std::vector<TrackedTask>> tasks = store.ListTasks(query);
  if (!tasks.ok()) return out;
  for (const TrackedTask& t : *tasks) {
    std::string fields;
    for (const auto& [field, label] :
         {std::pair{kEditText, "nội dung"}, std::pair{kEditLead, "chủ trì"},
          std::pair{kEditSupport, "phối hợp"}, std::pair{kEditDeadline, "hạn"}}) {
      if (t.Corrected(field)) fields += (fields.empty() ? "" : ", ") + std::string(label);
    }
    if (!fields.empty()) out[t.task.id] = fields;
  }
  return out;
}

void PrintRecord(const DocumentRecord& rec, const std::map<std::int64_t, std::string>& corrected) {
  const DocumentSummary& s = rec.summary;
  const Metadata& m = rec.meta;
  std::printf("#%lld %s\n", static_cast<long long>(s.id),
              (s.code.empty() ? std::string("(không số)") : s.code).c_str());
  Line("Loại văn bản:", m.type.value_or(""));
  Line("Cơ quan ban hành:", m.issuer.value_or(""));
  Line("Ngày:", FormatDate(m.date) + (m.place ? " (" + *m.place + ")" : ""));
  Line("Độ khẩn:", ToString(m.urgency));
  Line("Trích yếu:", m.subject.value_or(""));
  Line("Người ký:", m.signer.value_or("") +
                        (m.signer_title ? " (" + *m.signer_title + ")" : ""));
  std::string refs;
  for (const Reference& r : rec.references) {
    refs += (refs.empty() ? "" : "; ") + r.code.text;
    if (r.type) refs += " (" + *r.type + ")";
  }
  Line("Căn cứ:", refs);
  Line("Tệp:", s.file_name + " (" + s.source_kind + ", " + std::to_string(s.page_count) +
                   " trang, sha256 " + s.sha256.substr(0, 12) + "…)");
  for (const Diagnostic& d : rec.diagnostics) {
    std::printf("%-18s trang %d: %s\n", "Cảnh báo:", d.page, d.message.c_str());
  }
  std::printf("\nNhiệm vụ (%zu):\n", rec.tasks.size());
  for (const StoredTask& t : rec.tasks) {
    std::printf("  [%lld]%s%s%s\n", static_cast<long long>(t.id),
                t.section.empty() ? "" : (" " + t.section).c_str(),
                t.deleted ? " (đã bỏ)" : "", t.origin == "manual" ? " (thêm tay)" : "");
    if (auto it = corrected.find(t.id); it != corrected.end()) {
      std::printf("      ✎ đã sửa: %s (chidao history %lld)\n", it->second.c_str(),
                  static_cast<long long>(t.id));
    }
    std::printf("      %s\n", t.text.c_str());
    if (!t.lead.empty()) std::printf("      Chủ trì: %s\n", Names(t.lead).c_str());
    if (!t.support.empty()) std::printf("      Phối hợp: %s\n", Names(t.support).c_str());
    if (t.deadline) std::printf("      Thời hạn: %s\n", t.deadline->text.c_str());
  }
}

}  // namespace

Command MakeShowCommand() {
  struct Flags {
    std::string doc;
    std::string db;
    bool json = false;
  };
  auto flags = std::make_shared<Flags>();
  return {"show", "Show one document (by id or số ký hiệu) with its tasks",
          [flags](CLI::App& sub) -> Handler {
            sub.add_option("DOC", flags->doc, "Document id (12, #12) or số ký hiệu")->required();
            AddArchiveOption(sub, flags->db);
            sub.add_flag("--json", flags->json, "Print JSON");
            return [flags]() -> int {
              Result<std::unique_ptr<Store>> store = OpenExistingArchive(flags->db);
              Result<DocumentRecord> rec =
                  store.ok() ? (*store)->GetDocument(flags->doc) : Result<DocumentRecord>(store.status());
              if (!rec.ok()) {
                std::fprintf(stderr, "chidao: %s\n", rec.status().ToString().c_str());
                return kExitUsage;
              }
              if (flags->json) {
                std::cout << Dump(ToJson(*rec)) << "\n";
              } else {
                PrintRecord(*rec, CorrectedFields(**store, rec->summary.id));
              }
              return kExitOk;
            };
          }};
}

}  // namespace chidao::cli
