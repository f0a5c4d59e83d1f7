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
      MakeTasksCommand(),
      MakeStatusCommand(),
      MakeHistoryCommand(),
      MakeEditCommand(),
      MakeAddTaskCommand(),
      MakeDropTaskCommand(),
      MakeDueCommand(),
      MakeChecklistCommand(),
      MakeReportCommand(),
  };
}

}  // namespace chidao::cli
