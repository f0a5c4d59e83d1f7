// A deadline typed on its own, as staff correct one with `chidao edit --deadline TEXT`: the
// same forms parse reads inside a task's text (DOMAIN.md §5), plus the bare date or period a
// table cell holds. "15/12/2021", "trước ngày 15/12/2021", "trong quý I/2022", "Quý II/2024",
// "hằng tháng trước ngày 25", "Hằng ngày, chậm nhất trước 20h00", "thường xuyên" all read.
// Year-less dates and relative forms ("07 ngày kể từ ngày ký") resolve against the document's
// date of issue, as they do in the document itself. Pure, like the rest of parse.
#pragma once

#include <optional>
#include <string_view>

#include "chidao/directive.h"

namespace chidao {

// The deadline `text` states, with Deadline::text set to `text` (whitespace collapsed); none
// when it states none chidao can read (the caller should then refuse it, not guess).
std::optional<Deadline> ParseDeadlineText(std::string_view text, const std::optional<Date>& doc_date);

}  // namespace chidao
