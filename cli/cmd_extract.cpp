// chidao extract FILE: print the clean text of a file (the extract stage alone).
#include <cstdio>
#include <iostream>

#include "chidao/extract.h"
#include "command.h"
#include "exit_code.h"

namespace chidao::cli {

Command MakeExtractCommand() {
  struct Flags {
    std::string file;
    bool pages = false;
  };
  auto flags = std::make_shared<Flags>();
  return {"extract", "Print the clean text of a file (text, PDF, image)",
          [flags](CLI::App& sub) -> Handler {
            sub.add_option("FILE", flags->file, "File to read")->required();
            sub.add_flag("--pages", flags->pages, "Print a separator line before each page");
            return [flags]() -> int {
              ExtractOptions options;
              Result<Document> doc = ExtractFile(flags->file, options);
              if (!doc.ok()) {
                std::fprintf(stderr, "chidao: %s\n", doc.status().ToString().c_str());
                return kExitUsage;
              }
              for (const Page& page : doc->pages) {
                if (flags->pages) std::cout << "=== trang " << page.number << " ===\n";
                std::cout << page.text;
                if (!page.text.empty() && page.text.back() != '\n') std::cout << '\n';
              }
              return kExitOk;
            };
          }};
}

}  // namespace chidao::cli
