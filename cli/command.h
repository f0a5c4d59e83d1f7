// The command table: each chidao command is a name, a one-line help and a setup function that
// declares its flags on a CLI11 subcommand and returns the handler to run after parsing.
// Handlers call library functions (which tests call too), print, and return an ExitCode.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace chidao::cli {

using Handler = std::function<int()>;

struct Command {
  std::string name;
  std::string help;
  std::function<Handler(CLI::App& sub)> setup;
};

// Every command, in the order `chidao --help` lists them.
std::vector<Command> AllCommands();

// One command per file: cmd_<name>.cpp defines its Make...Command().
Command MakeExtractCommand();
Command MakeParseCommand();
Command MakeImportCommand();
Command MakeSearchCommand();
Command MakeDocsCommand();
Command MakeShowCommand();
Command MakeBodiesCommand();
// Task tracking (issue 6).
Command MakeTasksCommand();
Command MakeStatusCommand();
Command MakeHistoryCommand();
Command MakeEditCommand();     // cmd_edit.cpp holds edit, add-task and drop-task
Command MakeAddTaskCommand();
Command MakeDropTaskCommand();
Command MakeDueCommand();
Command MakeChecklistCommand();
Command MakeReportCommand();


}  // namespace chidao::cli
