// Every document a directive cites (DOMAIN.md §3), once per code. Internal to chidao::parse.
//
// "Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ" → code, type, date, issuer. The type
// comes from the code's letters when it has them (a "Công văn số 128/NQ-CP" is still a Nghị
// quyết), else from the word before it ("Luật Lưu trữ số 01/2011/QH13" → Luật; "văn bản số ..."
// → Công văn); the date from "ngày ..." right after the code; the issuer from "của X" after the
// code and date, or before the type in "đề nghị của X tại Tờ trình số ...", with titles dropped
// ("Bộ trưởng Bộ Nội vụ" → "Bộ Nội vụ"). Details missing at one citation are taken from another.
// The directive's own code (its running header, "Kèm theo Kế hoạch số ...") is not a reference.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "chidao/directive.h"

namespace chidao {

std::vector<Reference> FindReferences(std::string_view text, const std::optional<DocumentCode>& own_code,
                                      const std::optional<Date>& doc_date);

// For tests: FindReferences reading the whole text's fold, which it reads only stretches of (see
// reference_parser.cpp); the two must always agree.
std::vector<Reference> FindReferencesOnWholeFold(std::string_view text, const std::optional<DocumentCode>& own_code,
                                                 const std::optional<Date>& doc_date);

// True when every pattern of this file compiled (checked by a test).
bool ReferencePatternsOk();

}  // namespace chidao
