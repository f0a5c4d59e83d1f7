#include "tracking.h"

#include <pwd.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "chidao/vn_normalize.h"
#include "chidao/vn_text.h"
#include "exit_code.h"
#include "report/calendar.h"
#include "report/compliance.h"

namespace chidao::cli {

std::string OsUser() {
  // getpwuid_r, not getpwuid: nothing static shared with other callers.
  struct passwd pw {};
  struct passwd* found = nullptr;
  std::vector<char> buffer(16384);
  if (::getpwuid_r(::geteuid(), &pw, buffer.data(), buffer.size(), &found) == 0 && found &&
      found->pw_name && *found->pw_name) {
    return found->pw_name;
  }
  for (const char* var : {"USER", "LOGNAME"}) {
    if (const char* v = std::getenv(var); v != nullptr && *v != '\0') return v;
  }
  return "uid " + std::to_string(::geteuid());
}

Result<std::int64_t> ParseTaskId(std::string_view text) {
  std::string_view digits = text;
  if (!digits.empty() && digits.front() == '#') digits.remove_prefix(1);
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id);
  if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size() || id <= 0) {
    return Status::InvalidArgument("'" + std::string(text) +
                                   "' is not a task id (the number 'chidao tasks' shows: 12 or #12)");
  }
  return id;
}

Result<Date> ParseDateFlag(const char* flag, const std::string& value, const Date& fallback) {
  if (value.empty()) return fallback;
  Result<Date> date = report::ParseUserDate(value);
  if (!date.ok()) return Status::InvalidArgument(std::string(flag) + ": " + date.status().message());
  return date;
}

Result<std::int64_t> ResolveDocument(Store& store, std::string_view doc) {
  Result<DocumentRecord> rec = store.GetDocument(doc);
  if (!rec.ok()) return rec.status();
  return rec->summary.id;
}

Result<BodyResolver> BodyResolver::Load(Store& store) {
  Result<std::vector<BodySummary>> bodies = store.ListBodies();
  if (!bodies.ok()) return bodies.status();
  std::vector<report::BodyNames> names;
  for (const BodySummary& b : *bodies) names.push_back({b.name, b.aliases});
  return BodyResolver(report::BodyNameMatcher(std::move(names)));
}

Result<ResolvedBody> BodyResolver::ForFilter(std::string_view typed) const {
  Result<std::string> name = matcher_.Resolve(typed);
  if (!name.ok()) return name.status();
  const bool exact = NormalizeVietnamese(CollapseSpace(typed)) == *name;
  return ResolvedBody{std::move(name).value(), exact, false};
}

Result<ResolvedBody> BodyResolver::ForAssignment(std::string_view typed) const {
  const std::string clean = NormalizeVietnamese(CollapseSpace(typed));
  if (report::BodyNameMatcher::Key(clean).empty()) {
    return Status::InvalidArgument("empty body name");
  }
  const report::BodyMatch match = matcher_.Match(clean);
  // Only whole-word matches stand for a known body; a looser one ("all words", "substring")
  // is more likely a body the archive has not seen yet than a typo of one it has.
  if (match.found() && match.tier >= report::MatchTier::kWordSubstring) {
    if (match.ambiguous()) return ForFilter(clean).status();  // lists the candidates
    return ResolvedBody{match.candidates.front(), match.candidates.front() == clean, false};
  }
  return ResolvedBody{clean, true, true};
}

report::TaskRecord ToTaskRecord(const TrackedTask& t) {
  report::TaskRecord r;
  r.task_id = t.task.id;
  const DocumentSummary& d = t.document;
  // The path given to `chidao import` is the importing machine's; the file's own name is
  // what identifies a directive without a số ký hiệu (a web article) to a reader.
  r.directive = report::DirectiveInfo{d.id, d.code, d.type, d.issuer, d.date, d.subject,
                                      std::filesystem::path(d.file_name).filename().string()};
  r.section = t.task.section;
  r.text = t.task.text;
  for (const BodyRef& b : t.task.lead) r.lead.push_back(b.name);
  for (const BodyRef& b : t.task.support) r.support.push_back(b.name);
  r.deadline = t.task.deadline;
  r.page = t.task.origin == "manual" ? 0 : t.task.span.page;
  for (const StatusRecord& s : t.history) {
    report::StatusEntry e;
    Result<report::TaskStatus> status = report::ParseTaskStatus(s.status);
    e.status = status.ok() ? *status : report::TaskStatus::kOpen;
    e.on = s.effective_on;
    e.note = s.note;
    e.user = s.user;
    e.recorded_at = s.recorded_at;
    r.history.push_back(std::move(e));
  }
  r.corrected.text = t.Corrected(kEditText);
  r.corrected.lead = t.Corrected(kEditLead);
  r.corrected.support = t.Corrected(kEditSupport);
  r.corrected.deadline = t.Corrected(kEditDeadline);
  r.corrected.added = t.task.origin == "manual";
  return r;
}

std::vector<report::TaskRecord> ToTaskRecords(const std::vector<TrackedTask>& tasks) {
  std::vector<report::TaskRecord> out;
  out.reserve(tasks.size());
  for (const TrackedTask& t : tasks) out.push_back(ToTaskRecord(t));
  return out;
}

int Fail(const Status& status) {
  std::fprintf(stderr, "chidao: %s\n", status.ToString().c_str());
  return status.code() == StatusCode::kInternal ? kExitInternal : kExitUsage;
}

std::string TemporarySibling(const std::string& path) {
  std::random_device rd;
  const std::filesystem::path p(path);
  return (p.parent_path() / ("." + p.filename().string() + ".tmp-" + std::to_string(::getpid()) +
                             "-" + std::to_string(rd() % 1000000)))
      .string();
}

Status WriteFileAtomically(const std::string& path, std::string_view bytes) {
  const std::string tmp = TemporarySibling(path);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::error_code ec;
      std::filesystem::remove(tmp, ec);
      return Status::IoError(path, "cannot write the file");
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return Status::IoError(path, "cannot write the file: " + ec.message());
  }
  return Status::Ok();
}

}  // namespace chidao::cli
