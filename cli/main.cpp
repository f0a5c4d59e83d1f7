// chidao: the command-line entry point. Thin: builds the CLI11 app from the command table,
// maps usage errors to exit code 2 with a one-line message, and is the last-resort catch so no
// exception ever reaches the user as a crash.
#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "chidao/extract.h"
#include "command.h"
#include "exit_code.h"
#include "version.h"

namespace {

int Run(int argc, char** argv) {
  using namespace chidao::cli;
  CLI::App app{
      "chidao: đọc công văn, kế hoạch, chỉ thị... và lập danh sách nhiệm vụ theo cơ quan.\n"
      "Reads Vietnamese government directives and tracks the tasks they assign.",
      "chidao"};
  app.set_version_flag("--version", std::string("chidao ") + kChidaoVersion);
  app.require_subcommand(1);
  app.fallthrough(false);

  // Only the command named first gets its flags: a command can only come first (the app has
  // no options of its own but --help and --version), and declaring the flags of all sixteen
  // cost 1.2 million instructions, a twelfth of `chidao --version`. The others are listed by
  // name for --help.
  const std::string_view named = argc > 1 ? argv[1] : "";
  Handler handler;
  bool known = false;
  for (const Command& command : AllCommands()) {
    CLI::App* sub = app.add_subcommand(command.name, command.help);
    if (command.name != named) continue;
    known = true;
    Handler h = command.setup(*sub);
    sub->callback([&handler, h] { handler = h; });
  }

  // CLI11 reports a mistyped command as a missing one; name it instead.
  if (argc > 1 && argv[1][0] != '-' && !known) {
    std::fprintf(stderr, "chidao: unknown command '%s'\n", argv[1]);
    std::fprintf(stderr, "usage: chidao <command> [options]; see 'chidao --help'\n");
    return kExitUsage;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // One line naming the problem, then where to look; exit 2 for any usage error.
    std::string what = e.what();
    if (what.empty()) what = e.get_name();
    std::fprintf(stderr, "chidao: %s\n", what.c_str());
    std::fprintf(stderr, "usage: chidao <command> [options]; see 'chidao --help'\n");
    return kExitUsage;
  }
  return handler ? handler() : kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  // For builds on glibc's allocator (-DCHIDAO_TCMALLOC=OFF): the default build links tcmalloc
  // (CMakeLists.txt), whose page heap already reuses freed spans and makes these calls no-ops.
  // Set before any thread starts (mallopt is not thread-safe). An OCR page image is 9 MB (grey,
  // 300 dpi A4) to 35 MB (colour), and Tesseract allocates and frees large buffers for every
  // page; with glibc's defaults each is a fresh mmap returned to the kernel when freed, so every
  // page faults its memory in again, zeroed (1.7 s of system time over the 7 pages of the 002
  // scan). Kept in the heap and reused, the faults fall from 124k to 55k and OCR runs 5% faster;
  // memory stays bounded by the pages in flight. A refused setting only costs that speed.
  // (tcmalloc on the same scan: 53k faults, CPU time within 3% of glibc's, peak RSS 6% lower.)
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "chidao: internal error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "chidao: internal error\n");
  }
  return chidao::cli::kExitInternal;
}
