// JSON for the archive commands' --json output: search hits, documents, bodies. Field names
// are snake_case and stable (scripts depend on them); dates are ISO "2021-11-26" or null;
// snippet marks are [begin, end) byte offsets into the snippet text.
#pragma once

#include <nlohmann/json.hpp>

#include "chidao/search.h"
#include "chidao/store_records.h"

namespace chidao::cli {

nlohmann::json ToJson(const SearchResults& results);
nlohmann::json ToJson(const DocumentSummary& doc);
nlohmann::json ToJson(const DocumentRecord& doc);
nlohmann::json ToJson(const BodySummary& body);

// dump() that never throws on invalid UTF-8 from documents (replaces it instead).
std::string Dump(const nlohmann::json& j);

}  // namespace chidao::cli
