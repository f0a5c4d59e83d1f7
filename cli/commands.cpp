#include "command.h"

namespace chidao::cli {

std::vector<Command> AllCommands() {
  return {
      MakeExtractCommand(),
  };
}

}  // namespace chidao::cli
