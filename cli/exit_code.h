// Exit codes of the chidao binary (documented in README): scripts depend on them.
#pragma once

namespace chidao::cli {

enum ExitCode : int {
  kExitOk = 0,
  kExitSomeFailed = 1,  // some of several inputs failed; the rest were processed
  kExitUsage = 2,       // bad flags or command, or the single input was unreadable
  kExitInternal = 3,    // a bug: an unexpected exception reached main
};

}  // namespace chidao::cli
