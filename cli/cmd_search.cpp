// chidao search QUERY...: ranked full-text search of the archive, or lookup by số ký hiệu.
//
// Text output, per document: a heading (code · type · date · #id), the subject, the best
// passage with the matched words in bold on a terminal (or between « » elsewhere), and up
// to three matching tasks with their lead bodies. --json prints the same as data.
#include <cstdio>
#include <iostream>
#include <memory>

#include "archive.h"
#include "archive_json.h"
#include "command.h"
#include "chidao/vn_text.h"
#include "exit_code.h"

namespace chidao::cli {
namespace {

struct SearchFlags {
  std::vector<std::string> words;
  std::string db;
  std::string body;
  std::string type;
  std::string since;
  std::string until;
  int limit = 20;
  bool json = false;
};

// The query as it may be echoed to a terminal: control characters (an ESC could recolour or
// retitle the terminal) and bytes that are not UTF-8 become U+FFFD.
std::string Printable(std::string_view query) {
  std::string out;
  for (std::size_t i = 0; i < query.size();) {
    unsigned char c = static_cast<unsigned char>(query[i]);
    std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    std::string_view one = query.substr(i, len);
    unsigned char next = one.size() > 1 ? static_cast<unsigned char>(one[1]) : 0;
    bool control = c < 0x20 || c == 0x7F || (c == 0xC2 && next >= 0x80 && next < 0xA0);
    if (control || !IsValidUtf8(one)) {
      out += "\xEF\xBF\xBD";
      i += control ? one.size() : 1;  // an invalid sequence: resync on the next byte
      continue;
    }
    out += one;
    i += one.size();
  }
  return out;
}

std::string Highlight(const Snippet& s, bool bold) {
  const char* open = bold ? "\033[1m" : "«";
  const char* close = bold ? "\033[0m" : "»";
  std::string out;
  std::size_t at = 0;
  for (auto [b, e] : s.marks) {
    if (b < at || e > s.text.size() || b > e) continue;
    out += s.text.substr(at, b - at);
    out += open;
    out += s.text.substr(b, e - b);
    out += close;
    at = e;
  }
  out += s.text.substr(at);
  return out;
}

void PrintHit(std::size_t n, const SearchHit& h, bool bold) {
  std::string heading = h.code.empty() ? h.file_name : h.code;
  if (!h.type.empty()) heading += " · " + h.type;
  if (h.date) heading += " · " + FormatDate(h.date);
  heading += " · #" + std::to_string(h.document_id);
  if (h.match == MatchKind::kCode) heading += "  [số ký hiệu]";
  if (h.match == MatchKind::kCitation) heading += "  [trích dẫn văn bản này]";
  std::printf("%zu. %s\n", n, heading.c_str());
  if (!h.subject.empty()) std::printf("   %s\n", h.subject.c_str());
  if (!h.snippet.text.empty()) {
    std::printf("   %s (trang %d)\n", Highlight(h.snippet, bold).c_str(), h.snippet.page);
  }
  for (const TaskHit& t : h.tasks) {
    std::string who;
    for (const std::string& b : t.lead) who += (who.empty() ? "" : ", ") + b;
    std::printf("   - nhiệm vụ %lld%s%s%s: %s\n", static_cast<long long>(t.task_id),
                t.section.empty() ? "" : (" (" + t.section + ")").c_str(),
                who.empty() ? "" : " — chủ trì: ", who.c_str(), Highlight(t.text, bold).c_str());
  }
}

int RunSearch(const SearchFlags& flags) {
  std::string query;
  for (const std::string& w : flags.words) query += (query.empty() ? "" : " ") + w;
  SearchFilters filters;
  filters.body = flags.body;
  filters.type = flags.type;
  filters.limit = flags.limit;
  for (auto [text, target, name] : {std::tuple{&flags.since, &filters.since, "--since"},
                                    std::tuple{&flags.until, &filters.until, "--until"}}) {
    if (text->empty()) continue;
    *target = ParseUserDate(*text);
    if (!*target) {
      std::fprintf(stderr, "chidao: %s: '%s' is not a date (use 2021-11-26 or 26/11/2021)\n",
                   name, text->c_str());
      return kExitUsage;
    }
  }
  Result<std::unique_ptr<Store>> store = OpenExistingArchive(flags.db);
  if (!store.ok()) {
    std::fprintf(stderr, "chidao: %s\n", store.status().ToString().c_str());
    return kExitUsage;
  }
  Result<SearchResults> results = (*store)->Search(query, filters);
  if (!results.ok()) {
    std::fprintf(stderr, "chidao: search: %s\n", results.status().ToString().c_str());
    return results.status().code() == StatusCode::kInternal ? kExitInternal : kExitUsage;
  }
  if (flags.json) {
    std::cout << Dump(ToJson(*results)) << "\n";
    return kExitOk;
  }
  if (results->hits.empty()) {
    std::printf("No document matches \"%s\".\n", Printable(query).c_str());
    return kExitOk;
  }
  std::printf("%zu document%s match \"%s\"", results->total_matches,
              results->total_matches == 1 ? "" : "s", Printable(query).c_str());
  if (results->hits.size() < results->total_matches) {
    std::printf(" (showing %zu; --limit for more)", results->hits.size());
  }
  std::printf("\n\n");
  bool bold = StdoutIsTerminal();
  std::size_t n = 0;
  for (const SearchHit& h : results->hits) {
    PrintHit(++n, h, bold);
    std::printf("\n");
  }
  return kExitOk;
}

}  // namespace

Command MakeSearchCommand() {
  auto flags = std::make_shared<SearchFlags>();
  return {"search", "Search the archive (with or without diacritics) or find a số ký hiệu",
          [flags](CLI::App& sub) -> Handler {
            sub.add_option("QUERY", flags->words,
                           "Words (ANDed), \"a phrase\", prefix*, -exclude, or a số ký hiệu")
                ->required();
            AddArchiveOption(sub, flags->db);
            sub.add_option("--body", flags->body, "Only documents giving this body a task");
            sub.add_option("--type", flags->type, "Document type: \"Kế hoạch\", ke hoach, KH...");
            sub.add_option("--since", flags->since, "Issued on or after DATE");
            sub.add_option("--until", flags->until, "Issued on or before DATE");
            sub.add_option("--limit", flags->limit, "Documents shown (default 20)")
                ->check(CLI::Range(1, 1000));
            sub.add_flag("--json", flags->json, "Print JSON");
            return [flags]() -> int { return RunSearch(*flags); };
          }};
}

}  // namespace chidao::cli
