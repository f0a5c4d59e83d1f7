#include "archive_json.h"

namespace chidao::cli {
namespace {

using nlohmann::json;

json DateJson(const std::optional<Date>& d) { return d ? json(d->Iso()) : json(nullptr); }

json OptJson(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

json SnippetJson(const Snippet& s) {
  json marks = json::array();
  for (auto [b, e] : s.marks) marks.push_back({b, e});
  json out = {{"text", s.text}, {"marks", marks}};
  if (s.page > 0) out["page"] = s.page;
  return out;
}

json CodeJson(const std::optional<DocumentCode>& code) {
  if (!code) return nullptr;
  return {{"text", code->text},
          {"number", code->number},
          {"type_code", code->type_code.empty() ? json(nullptr) : json(code->type_code)},
          {"issuer_code", code->issuer_code},
          {"year", code->year ? json(*code->year) : json(nullptr)},
          {"party", code->party}};
}

json BodiesJson(const std::vector<BodyRef>& refs) {
  json out = json::array();
  for (const BodyRef& r : refs) out.push_back({{"name", r.name}, {"alias", r.alias}});
  return out;
}

json DeadlineJson(const std::optional<Deadline>& d) {
  if (!d) return nullptr;
  return {{"kind", ToString(d->kind)},
          {"date", DateJson(d->date)},
          {"every", d->every == Recurrence::kNone ? json(nullptr) : json(ToString(d->every))},
          {"time", OptJson(d->time)},
          {"day_of_period", d->day_of_period ? json(*d->day_of_period) : json(nullptr)},
          {"text", d->text}};
}

}  // namespace

std::string Dump(const json& j) { return j.dump(2, ' ', false, json::error_handler_t::replace); }

json ToJson(const SearchResults& results) {
  json hits = json::array();
  for (const SearchHit& h : results.hits) {
    json tasks = json::array();
    for (const TaskHit& t : h.tasks) {
      tasks.push_back({{"task_id", t.task_id},
                       {"section", t.section},
                       {"snippet", SnippetJson(t.text)},
                       {"lead", t.lead},
                       {"support", t.support}});
    }
    json hit = {{"match", ToString(h.match)},
                {"document_id", h.document_id},
                {"code", h.code},
                {"type", h.type},
                {"issuer", h.issuer},
                {"date", DateJson(h.date)},
                {"subject", h.subject},
                {"file_name", h.file_name},
                {"exact", h.exact},
                {"tasks", tasks}};
    if (h.match == MatchKind::kText) {
      hit["score"] = h.score;
      hit["snippet"] = SnippetJson(h.snippet);
    }
    hits.push_back(std::move(hit));
  }
  return {{"total", results.total_matches}, {"code_query", results.code_query}, {"hits", hits}};
}

json ToJson(const DocumentSummary& d) {
  return {{"id", d.id},         {"code", d.code},       {"type", d.type},
          {"issuer", d.issuer}, {"date", DateJson(d.date)}, {"subject", d.subject},
          {"file_name", d.file_name}, {"source_kind", d.source_kind},
          {"pages", d.page_count},    {"tasks", d.task_count}, {"sha256", d.sha256},
          {"imported_at", d.imported_at}};
}

json ToJson(const DocumentRecord& rec) {
  json out = ToJson(rec.summary);
  const Metadata& m = rec.meta;
  out["meta"] = {{"code", CodeJson(m.code)},
                 {"type", OptJson(m.type)},
                 {"issuer", OptJson(m.issuer)},
                 {"place", OptJson(m.place)},
                 {"date", DateJson(m.date)},
                 {"subject", OptJson(m.subject)},
                 {"urgency", m.urgency == Urgency::kNone ? json(nullptr) : json(ToString(m.urgency))},
                 {"signer", OptJson(m.signer)},
                 {"signer_title", OptJson(m.signer_title)},
                 {"addressees", m.addressees},
                 {"recipients", m.recipients}};
  json refs = json::array();
  for (const Reference& r : rec.references) {
    refs.push_back({{"code", r.code.text}, {"type", OptJson(r.type)}, {"date", DateJson(r.date)},
                    {"issuer", OptJson(r.issuer)}});
  }
  out["references"] = refs;
  json pages = json::array();
  for (const PageInfo& p : rec.pages) {
    pages.push_back({{"number", p.number}, {"source", p.source}, {"bytes", p.bytes},
                     {"ocr_confidence", p.ocr_confidence < 0 ? json(nullptr) : json(p.ocr_confidence)}});
  }
  out["page_list"] = pages;
  json tasks = json::array();
  for (const StoredTask& t : rec.tasks) {
    tasks.push_back({{"id", t.id},
                     {"position", t.position},
                     {"section", t.section},
                     {"text", t.text},
                     {"lead", BodiesJson(t.lead)},
                     {"support", BodiesJson(t.support)},
                     {"deadline", DeadlineJson(t.deadline)},
                     {"span", {{"page", t.span.page}, {"start", t.span.start}, {"end", t.span.end}}},
                     {"origin", t.origin},
                     {"deleted", t.deleted}});
  }
  out["task_list"] = tasks;
  json diags = json::array();
  for (const Diagnostic& d : rec.diagnostics) diags.push_back({{"page", d.page}, {"message", d.message}});
  out["diagnostics"] = diags;
  return out;
}

json ToJson(const BodySummary& b) {
  return {{"id", b.id},
          {"name", b.name},
          {"aliases", b.aliases},
          {"lead_tasks", b.lead_tasks},
          {"support_tasks", b.support_tasks},
          {"documents", b.documents}};
}

}  // namespace chidao::cli
