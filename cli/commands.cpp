#include "command.h"

namespace chidao::cli {

std::vector<Command> AllCommands() {
  return {
      MakeExtractCommand(),
      MakeParseCommand(),
      MakeImportCommand(),
      MakeSearchCommand(),
      MakeDocsCommand(),
      MakeShowCommand(),
      MakeBodiesCommand(),
  };
}

}  // namespace chidao::cli
