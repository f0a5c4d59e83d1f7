#include "row_codec.h"

#include <ctime>

#include <nlohmann/json.hpp>

namespace chidao::store_internal {

std::string ToJsonArray(const std::vector<std::string>& items) {
  // Replace invalid UTF-8 rather than throw: the text came from outside.
  return nlohmann::json(items).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> FromJsonArray(std::string_view json) {
  std::vector<std::string> out;
  nlohmann::json parsed = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_array()) return out;
  for (const auto& item : parsed) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

std::string DiagnosticsToJson(const std::vector<Diagnostic>& diagnostics) {
  nlohmann::json out = nlohmann::json::array();
  for (const Diagnostic& d : diagnostics) out.push_back({{"page", d.page}, {"message", d.message}});
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<Diagnostic> DiagnosticsFromJson(std::string_view json) {
  std::vector<Diagnostic> out;
  nlohmann::json parsed = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_array()) return out;
  for (const auto& item : parsed) {
    if (!item.is_object()) continue;
    Diagnostic d;
    if (item.contains("page") && item["page"].is_number_integer()) d.page = item["page"].get<int>();
    if (item.contains("message") && item["message"].is_string()) {
      d.message = item["message"].get<std::string>();
    }
    out.push_back(std::move(d));
  }
  return out;
}

Urgency UrgencyFromString(std::string_view text) {
  for (Urgency u : {Urgency::kKhan, Urgency::kThuongKhan, Urgency::kHoaToc}) {
    if (text == ToString(u)) return u;
  }
  return Urgency::kNone;
}

std::optional<DeadlineKind> DeadlineKindFromString(std::string_view text) {
  for (DeadlineKind k : {DeadlineKind::kDate, DeadlineKind::kPeriod, DeadlineKind::kStart,
                         DeadlineKind::kRecurring, DeadlineKind::kOngoing, DeadlineKind::kAsap}) {
    if (text == ToString(k)) return k;
  }
  return std::nullopt;
}

Recurrence RecurrenceFromString(std::string_view text) {
  for (Recurrence r : {Recurrence::kDay, Recurrence::kWeek, Recurrence::kMonth,
                       Recurrence::kQuarter, Recurrence::kHalfYear, Recurrence::kYear}) {
    if (text == ToString(r)) return r;
  }
  return Recurrence::kNone;
}

std::string NowUtc() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace chidao::store_internal
