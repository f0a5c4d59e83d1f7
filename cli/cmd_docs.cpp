// chidao docs: every document in the archive, newest first.
#include <cstdio>
#include <iostream>
#include <memory>

#include "archive.h"
#include "archive_json.h"
#include "command.h"
#include "exit_code.h"

namespace chidao::cli {

Command MakeDocsCommand() {
  struct Flags {
    std::string db;
    bool json = false;
  };
  auto flags = std::make_shared<Flags>();
  return {"docs", "List the documents in the archive",
          [flags](CLI::App& sub) -> Handler {
            AddArchiveOption(sub, flags->db);
            sub.add_flag("--json", flags->json, "Print JSON");
            return [flags]() -> int {
              Result<std::unique_ptr<Store>> store = OpenExistingArchive(flags->db);
              Result<std::vector<DocumentSummary>> docs =
                  store.ok() ? (*store)->ListDocuments() : Result<std::vector<DocumentSummary>>(store.status());
              if (!docs.ok()) {
                std::fprintf(stderr, "chidao: %s\n", docs.status().ToString().c_str());
                return kExitUsage;
              }
              if (flags->json) {
                nlohmann::json out = nlohmann::json::array();
                for (const DocumentSummary& d : *docs) out.push_back(ToJson(d));
                std::cout << Dump(out) << "\n";
                return kExitOk;
              }
              if (docs->empty()) {
                std::printf("The archive is empty: add documents with 'chidao import'.\n");
                return kExitOk;
              }
              for (const DocumentSummary& d : *docs) {
                std::string code = d.code.empty() ? "(không số)" : d.code;
                std::string date = d.date ? FormatDate(d.date) : "-";
                std::printf("#%-5lld %-22s %-10s %-12s %3d nhiệm vụ  %s\n",
                            static_cast<long long>(d.id), code.c_str(), date.c_str(),
                            d.type.empty() ? "-" : d.type.c_str(), d.task_count,
                            d.subject.empty() ? d.file_name.c_str() : d.subject.c_str());
              }
              std::printf("%zu document%s\n", docs->size(), docs->size() == 1 ? "" : "s");
              return kExitOk;
            };
          }};
}

}  // namespace chidao::cli
