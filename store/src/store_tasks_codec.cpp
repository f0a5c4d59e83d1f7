// Row readers of the tracking queries, and the value encodings of task_edits (task_edit.h).
#include "store_tasks_codec.h"

#include <nlohmann/json.hpp>

#include "chidao/task_edit.h"
#include "row_codec.h"

namespace chidao {
namespace store_internal {

StoredTask ReadTaskColumns(SQLite::Statement& q) {
  StoredTask t;
  t.id = q.getColumn(0).getInt64();
  t.position = q.getColumn(1).getInt();
  t.section = q.getColumn(2).getString();
  t.text = q.getColumn(3).getString();
  if (auto kind = DeadlineKindFromString(q.getColumn(4).getString())) {
    Deadline d;
    d.kind = *kind;
    d.date = Date::FromIso(q.getColumn(5).getString());
    d.every = RecurrenceFromString(q.getColumn(6).getString());
    if (!q.getColumn(7).isNull()) d.time = q.getColumn(7).getString();
    if (!q.getColumn(8).isNull()) d.day_of_period = q.getColumn(8).getInt();
    d.text = q.getColumn(9).getString();
    t.deadline = std::move(d);
  }
  t.span.page = q.getColumn(10).getInt();  // 0 for a task added by hand: no page
  t.span.start = static_cast<std::size_t>(q.getColumn(11).getInt64());
  t.span.end = static_cast<std::size_t>(q.getColumn(12).getInt64());
  t.origin = q.getColumn(13).getString();
  t.deleted = q.getColumn(14).getInt() != 0;
  return t;
}

DocumentSummary ReadDocumentColumns(SQLite::Statement& q, int first) {
  DocumentSummary d;
  d.id = q.getColumn(first).getInt64();
  d.sha256 = q.getColumn(first + 1).getString();
  d.file_name = q.getColumn(first + 2).getString();
  d.source_kind = q.getColumn(first + 3).getString();
  d.page_count = q.getColumn(first + 4).getInt();
  d.task_count = q.getColumn(first + 5).getInt();
  d.code = q.getColumn(first + 6).getString();
  d.type = q.getColumn(first + 7).getString();
  d.issuer = q.getColumn(first + 8).getString();
  d.date = Date::FromIso(q.getColumn(first + 9).getString());
  d.subject = q.getColumn(first + 10).getString();
  d.imported_at = q.getColumn(first + 11).getString();
  return d;
}

void BindOptional(SQLite::Statement& s, int index, const std::optional<std::string>& value) {
  if (value) {
    s.bind(index, *value);
  } else {
    s.bind(index);
  }
}

void BindDeadline(SQLite::Statement& s, int first, const std::optional<Deadline>& deadline) {
  if (!deadline) {
    for (int i = first; i < first + 6; ++i) s.bind(i);
    return;
  }
  const Deadline& d = *deadline;
  s.bind(first, ToString(d.kind));
  BindOptional(s, first + 1, d.date ? std::optional<std::string>(d.date->Iso()) : std::nullopt);
  const std::string every = ToString(d.every);
  BindOptional(s, first + 2, every.empty() ? std::nullopt : std::optional<std::string>(every));
  BindOptional(s, first + 3, d.time);
  if (d.day_of_period) {
    s.bind(first + 4, *d.day_of_period);
  } else {
    s.bind(first + 4);
  }
  s.bind(first + 5, d.text);
}

}  // namespace store_internal

std::optional<std::string> DeadlineToEditValue(const std::optional<Deadline>& deadline) {
  if (!deadline) return std::nullopt;
  const Deadline& d = *deadline;
  nlohmann::json j = {{"kind", ToString(d.kind)}, {"text", d.text}};
  j["date"] = d.date ? nlohmann::json(d.date->Iso()) : nlohmann::json(nullptr);
  j["every"] = d.every == Recurrence::kNone ? nlohmann::json(nullptr) : nlohmann::json(ToString(d.every));
  j["time"] = d.time ? nlohmann::json(*d.time) : nlohmann::json(nullptr);
  j["day"] = d.day_of_period ? nlohmann::json(*d.day_of_period) : nlohmann::json(nullptr);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<Deadline> DeadlineFromEditValue(std::string_view value) {
  nlohmann::json j = nlohmann::json::parse(value, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || !j.contains("kind") || !j["kind"].is_string()) return std::nullopt;
  std::optional<DeadlineKind> kind =
      store_internal::DeadlineKindFromString(j["kind"].get<std::string>());
  if (!kind) return std::nullopt;
  Deadline d;
  d.kind = *kind;
  if (j.contains("date") && j["date"].is_string()) d.date = Date::FromIso(j["date"].get<std::string>());
  if (j.contains("every") && j["every"].is_string()) {
    d.every = store_internal::RecurrenceFromString(j["every"].get<std::string>());
  }
  if (j.contains("time") && j["time"].is_string()) d.time = j["time"].get<std::string>();
  if (j.contains("day") && j["day"].is_number_integer()) d.day_of_period = j["day"].get<int>();
  if (j.contains("text") && j["text"].is_string()) d.text = j["text"].get<std::string>();
  return d;
}

std::vector<std::string> NamesFromEditValue(std::string_view value) {
  return store_internal::FromJsonArray(value);
}

}  // namespace chidao
