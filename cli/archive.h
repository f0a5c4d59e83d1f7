// The archive every storing or reading command shares, and how it is named:
// --db FILE, else the CHIDAO_DB environment variable, else ./chidao.db.
#pragma once

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "chidao/status.h"
#include "chidao/store.h"

namespace chidao::cli {

void AddArchiveOption(CLI::App& sub, std::string& db_flag);

// The path the flag, the environment or the default names.
std::string ArchivePath(const std::string& db_flag);

// For commands that only read: a missing file is an error ("import something first"), so a
// mistyped --db does not silently create an empty archive.
Result<std::unique_ptr<Store>> OpenExistingArchive(const std::string& db_flag);

// Output conventions shared by the archive commands.
bool StdoutIsTerminal();  // and NO_COLOR unset: bold highlights allowed
std::string FormatDate(const std::optional<Date>& date);  // "26/11/2021", "" when unknown
// Parses --since/--until: "2021-11-26", "26/11/2021" or "26-11-2021".
std::optional<Date> ParseUserDate(const std::string& text);

}  // namespace chidao::cli
