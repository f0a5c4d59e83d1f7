// JSON report: machine keys (DerivedState keys) for counts and percentages.
#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

#include "report/report_render.h"

namespace chidao::report {
namespace {

using Json = nlohmann::ordered_json;

Json TallyJson(const BodyTally& t) {
  Json counts;
  Json percents;
  for (int s = 0; s < kDerivedStateCount; ++s) {
    const auto state = static_cast<DerivedState>(s);
    counts[ToKey(state)] = t.Count(state);
    percents[ToKey(state)] = std::round(t.Percent(state) * 10.0) / 10.0;
  }
  return Json{{"body", t.body}, {"total", t.total}, {"counts", counts}, {"percent", percents}};
}

}  // namespace

std::string RenderReportJson(const Report& r) {
  Json j;
  j["today"] = r.today.Iso();
  j["due_soon_days"] = r.due_soon_days;
  j["counted_for"] = r.include_support ? "lead-and-support" : "lead";
  Json labels;
  for (int s = 0; s < kDerivedStateCount; ++s) {
    labels[ToKey(static_cast<DerivedState>(s))] = ToLabel(static_cast<DerivedState>(s));
  }
  j["state_labels"] = labels;
  Json bodies = Json::array();
  for (const BodyTally& t : r.bodies) bodies.push_back(TallyJson(t));
  j["bodies"] = bodies;
  j["total"] = TallyJson(r.all);
  Json overdue = Json::array();
  for (const OverdueTask& t : r.overdue) {
    overdue.push_back(Json{{"task_id", t.task_id},       {"lead", t.lead},
                           {"text", t.text},             {"directive", t.directive},
                           {"page", t.page > 0 ? Json(t.page) : Json(nullptr)},
                           {"due", t.due.Iso()},         {"days_late", t.days_late},
                           {"status", ToCliWord(t.status)}});
  }
  j["overdue"] = overdue;
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace chidao::report
