#include "archive.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace chidao::cli {

void AddArchiveOption(CLI::App& sub, std::string& db_flag) {
  sub.add_option("--db", db_flag, "Archive file (default: $CHIDAO_DB, else ./chidao.db)");
}

std::string ArchivePath(const std::string& db_flag) {
  if (!db_flag.empty()) return db_flag;
  if (const char* env = std::getenv("CHIDAO_DB"); env != nullptr && *env != '\0') return env;
  return "chidao.db";
}

Result<std::unique_ptr<Store>> OpenExistingArchive(const std::string& db_flag) {
  std::string path = ArchivePath(db_flag);
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return Status::NotFound(path, "no archive here; import documents first "
                                  "('chidao import FILE...') or name one with --db");
  }
  return Store::Open(path);
}

bool StdoutIsTerminal() {
  const char* no_color = std::getenv("NO_COLOR");
  return ::isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

std::string FormatDate(const std::optional<Date>& date) {
  if (!date) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", date->day, date->month, date->year);
  return buf;
}

std::optional<Date> ParseUserDate(const std::string& text) {
  if (auto iso = Date::FromIso(text)) return iso;
  int d = 0, m = 0, y = 0;
  char sep1 = 0, sep2 = 0, extra = 0;
  if (std::sscanf(text.c_str(), "%d%c%d%c%d%c", &d, &sep1, &m, &sep2, &y, &extra) != 5) {
    return std::nullopt;
  }
  if (sep1 != sep2 || (sep1 != '/' && sep1 != '-' && sep1 != '.')) return std::nullopt;
  char iso[16];
  if (y < 1900 || y > 2999) return std::nullopt;
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
  return Date::FromIso(iso);
}

}  // namespace chidao::cli
