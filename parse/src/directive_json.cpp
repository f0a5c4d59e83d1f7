#include "chidao/directive_json.h"

namespace chidao {
namespace {

nlohmann::json OrNull(const std::optional<std::string>& s) {
  return s && !s->empty() ? nlohmann::json(*s) : nlohmann::json(nullptr);
}

nlohmann::json OrNull(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

nlohmann::json Names(const std::vector<BodyRef>& bodies, bool alias) {
  nlohmann::json out = nlohmann::json::array();
  for (const BodyRef& b : bodies) out.push_back(alias ? b.alias : b.name);
  return out;
}

}  // namespace

nlohmann::json TaskToJson(const Task& t) {
  nlohmann::json deadline = nullptr;
  if (t.deadline) {
    const Deadline& d = *t.deadline;
    deadline = {{"kind", ToString(d.kind)},
                {"date", d.date ? nlohmann::json(d.date->Iso()) : nlohmann::json(nullptr)},
                {"every", d.every == Recurrence::kNone ? nlohmann::json(nullptr)
                                                       : nlohmann::json(ToString(d.every))},
                {"time", OrNull(d.time)},
                {"text", d.text}};
    if (d.day_of_period) deadline["day_of_period"] = *d.day_of_period;
  }
  return {{"id", t.id},
          {"section", t.section},
          {"text", t.text},
          {"lead", Names(t.lead, false)},
          {"support", Names(t.support, false)},
          {"lead_aliases", Names(t.lead, true)},
          {"support_aliases", Names(t.support, true)},
          {"deadline", deadline},
          {"span", {{"page", t.span.page}, {"start", t.span.start}, {"end", t.span.end}}}};
}

nlohmann::json DirectiveToJson(const Document& doc, const Directive& d) {
  const Metadata& m = d.meta;
  nlohmann::json meta = {
      {"code", m.code ? OrNull(m.code->text) : nlohmann::json(nullptr)},
      {"number", m.code ? OrNull(m.code->number) : nlohmann::json(nullptr)},
      {"type_code", m.code ? OrNull(m.code->type_code) : nlohmann::json(nullptr)},
      {"issuer_code", m.code ? OrNull(m.code->issuer_code) : nlohmann::json(nullptr)},
      {"type", OrNull(m.type)},
      {"issuer", OrNull(m.issuer)},
      {"place", OrNull(m.place)},
      {"date", m.date ? nlohmann::json(m.date->Iso()) : nlohmann::json(nullptr)},
      {"subject", OrNull(m.subject)},
      {"urgency", m.urgency == Urgency::kNone ? nlohmann::json(nullptr)
                                              : nlohmann::json(ToString(m.urgency))},
      {"signer", OrNull(m.signer)},
      {"signer_title", OrNull(m.signer_title)},
      {"addressees", m.addressees},
      {"recipients", m.recipients}};
  nlohmann::json refs = nlohmann::json::array();
  for (const Reference& r : d.references) {
    refs.push_back({{"code", r.code.text},
                    {"type", OrNull(r.type)},
                    {"date", r.date ? nlohmann::json(r.date->Iso()) : nlohmann::json(nullptr)},
                    {"issuer", OrNull(r.issuer)}});
  }
  nlohmann::json tasks = nlohmann::json::array();
  for (const Task& t : d.tasks) tasks.push_back(TaskToJson(t));
  return {{"file", doc.path},
          {"sha256", doc.sha256},
          {"source", {{"kind", ToString(doc.kind)}, {"pages", doc.pages.size()}}},
          {"meta", meta},
          {"references", refs},
          {"tasks", tasks}};
}

}  // namespace chidao
