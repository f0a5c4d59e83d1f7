// chidao bodies: the bodies (cơ quan, đơn vị) tasks are assigned to, with their counts.
#include <cstdio>
#include <iostream>
#include <memory>

#include "archive.h"
#include "archive_json.h"
#include "command.h"
#include "exit_code.h"

namespace chidao::cli {

Command MakeBodiesCommand() {
  struct Flags {
    std::string db;
    bool json = false;
  };
  auto flags = std::make_shared<Flags>();
  return {"bodies", "List the bodies named in tasks, their aliases and task counts",
          [flags](CLI::App& sub) -> Handler {
            AddArchiveOption(sub, flags->db);
            sub.add_flag("--json", flags->json, "Print JSON");
            return [flags]() -> int {
              Result<std::unique_ptr<Store>> store = OpenExistingArchive(flags->db);
              Result<std::vector<BodySummary>> bodies =
                  store.ok() ? (*store)->ListBodies() : Result<std::vector<BodySummary>>(store.status());
              if (!bodies.ok()) {
                std::fprintf(stderr, "chidao: %s\n", bodies.status().ToString().c_str());
                return kExitUsage;
              }
              if (flags->json) {
                nlohmann::json out = nlohmann::json::array();
                for (const BodySummary& b : *bodies) out.push_back(ToJson(b));
                std::cout << Dump(out) << "\n";
                return kExitOk;
              }
              for (const BodySummary& b : *bodies) {
                std::printf("%s — chủ trì %d, phối hợp %d, %d văn bản\n", b.name.c_str(),
                            b.lead_tasks, b.support_tasks, b.documents);
                if (!b.aliases.empty()) {
                  std::string list;
                  for (const std::string& a : b.aliases) list += (list.empty() ? "" : "; ") + a;
                  std::printf("    cũng viết: %s\n", list.c_str());
                }
              }
              std::printf("%zu bod%s\n", bodies->size(), bodies->size() == 1 ? "y" : "ies");
              return kExitOk;
            };
          }};
}

}  // namespace chidao::cli
