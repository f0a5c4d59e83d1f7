// Internal to chidao::store. How parse's values are written into columns and read back:
// dates as ISO text, enums as their ToString words, string lists and diagnostics as JSON.
// Reading is lenient (an unknown word reads as the default) so an archive edited by a later
// version, or by hand, still loads.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/directive.h"
#include "chidao/document.h"

namespace chidao::store_internal {

std::string ToJsonArray(const std::vector<std::string>& items);
std::vector<std::string> FromJsonArray(std::string_view json);

std::string DiagnosticsToJson(const std::vector<Diagnostic>& diagnostics);
std::vector<Diagnostic> DiagnosticsFromJson(std::string_view json);

Urgency UrgencyFromString(std::string_view text);
std::optional<DeadlineKind> DeadlineKindFromString(std::string_view text);
Recurrence RecurrenceFromString(std::string_view text);

// "2021-11-26T08:30:00Z", for imported_at.
std::string NowUtc();

}  // namespace chidao::store_internal
