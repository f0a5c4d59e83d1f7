// The JSON form of a parsed directive: exactly the shape `chidao parse --json` prints (issue 4),
// field names and meanings fixed; extra fields may be added, never renamed:
//   {"file", "sha256", "source": {"kind", "pages"},
//    "meta": {"code", "number", "type_code", "issuer_code", "type", "issuer", "place", "date",
//             "subject", "urgency", "signer", "signer_title", "addressees", "recipients"},
//    "references": [{"code", "type", "date", "issuer"}],
//    "tasks": [{"id", "section", "text", "lead", "support",
//               "deadline": null | {"kind", "date", "every", "time", "text"},
//               "span": {"page", "start", "end"}}]}
// "lead" and "support" are arrays of canonical body names; the spellings found in the text are
// in the extra arrays "lead_aliases" and "support_aliases". Absent values are null, never "".
#pragma once

#include <nlohmann/json.hpp>

#include "chidao/directive.h"
#include "chidao/document.h"

namespace chidao {

nlohmann::json DirectiveToJson(const Document& doc, const Directive& directive);

// One task, as it appears in the "tasks" array.
nlohmann::json TaskToJson(const Task& task);

}  // namespace chidao
