// JSON checklist: machine keys for scripts ("status": "in-progress", "state": "overdue") next
// to the Vietnamese labels people read. Dumped with invalid UTF-8 replaced, never thrown.
#include <string>

#include <nlohmann/json.hpp>

#include "report/checklist_render.h"

namespace chidao::report {
namespace {

using Json = nlohmann::ordered_json;

Json DateOrNull(const std::optional<Date>& date) {
  return date ? Json(date->Iso()) : Json(nullptr);
}

Json DeadlineJson(const std::optional<Deadline>& d) {
  if (!d) return nullptr;
  Json j;
  j["kind"] = ToString(d->kind);
  j["date"] = DateOrNull(d->date);
  j["every"] = d->every == Recurrence::kNone ? Json(nullptr) : Json(ToString(d->every));
  j["time"] = d->time ? Json(*d->time) : Json(nullptr);
  j["day_of_period"] = d->day_of_period ? Json(*d->day_of_period) : Json(nullptr);
  j["text"] = d->text;
  return j;
}

Json CorrectedJson(const CorrectedFields& c) {
  Json list = Json::array();
  if (c.text) list.push_back("text");
  if (c.lead) list.push_back("lead");
  if (c.support) list.push_back("support");
  if (c.deadline) list.push_back("deadline");
  if (c.added) list.push_back("added");
  return list;
}

Json RowJson(const ChecklistRow& row) {
  Json j;
  j["stt"] = row.stt;
  j["task_id"] = row.task_id;
  j["section"] = row.section;
  j["text"] = row.text;
  j["role"] = ToKey(row.role);
  j["role_label"] = ToLabel(row.role);
  j["lead"] = row.lead;
  j["deadline"] = DeadlineJson(row.deadline);
  j["deadline_label"] = row.deadline_label;
  j["due"] = {{"date", DateOrNull(row.due.date)},
              {"time", row.due.time ? Json(*row.due.time) : Json(nullptr)},
              {"recurring", row.due.recurring}};
  j["status"] = ToCliWord(row.status);
  j["status_label"] = ToLabel(row.status);
  j["status_on"] = DateOrNull(row.status_on);
  j["state"] = ToKey(row.state);
  j["state_label"] = ToLabel(row.state);
  j["note"] = row.note;
  j["source"] = {{"code", row.source_code}, {"page", row.page > 0 ? Json(row.page) : Json(nullptr)},
                 {"label", SourceLabel(row)}};
  j["corrected"] = CorrectedJson(row.corrected);
  return j;
}

}  // namespace

std::string RenderChecklistJson(const Checklist& c) {
  Json j;
  j["body"] = c.body;
  j["today"] = c.today.Iso();
  j["due_soon_days"] = c.due_soon_days;
  j["task_count"] = c.TaskCount();
  Json groups = Json::array();
  for (const ChecklistGroup& group : c.groups) {
    const DirectiveInfo& d = group.directive;
    Json g;
    g["directive"] = {{"id", d.id},           {"code", d.code},     {"type", d.type},
                      {"issuer", d.issuer},   {"date", DateOrNull(d.date)},
                      {"subject", d.subject}, {"file", d.file_name}, {"title", DirectiveTitle(d)}};
    Json rows = Json::array();
    for (const ChecklistRow& row : group.rows) rows.push_back(RowJson(row));
    g["tasks"] = std::move(rows);
    groups.push_back(std::move(g));
  }
  j["groups"] = std::move(groups);
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace chidao::report
