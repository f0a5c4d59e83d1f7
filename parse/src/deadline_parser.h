// The deadline a task states (DOMAIN.md §5), resolved against the document's date of issue.
// Internal to chidao::parse; the task extractor calls it on each task's text and on the
// "Thời gian hoàn thành" cell of an appendix table.
//
// Kinds, with what produces each:
//   date       "trước ngày 15/12/2021", "chậm nhất ngày 30/11", "hoàn thành trước 31/12/2021",
//              "trước 16 giờ 00 ngày 18/9/2024" (time "16:00"), "trước tháng 6/2024" (→ 31/5)
//   period     "trong tháng 12/2021" → 2021-12-31, "trong quý I/2022" → 2022-03-31,
//              "trong năm 2022", "6 tháng đầu năm" → 30/6, "từ ngày 12/7 đến ngày 22/7/2025" → 22/7,
//              "trong thời hạn 07 ngày kể từ ngày ký" → document date + 7 days
//   start      "Từ tháng 11 năm 2021" → 2021-11-01, "từ ngày 01/10/2019", "từ 12 giờ 00 ngày 18/9"
//   recurring  "Hằng ngày, chậm nhất trước 20h00" (day, "20:00"), "định kỳ hằng tuần", "trước ngày
//              25 hằng tháng" (month, day 25), "hằng quý", "định kỳ 6 tháng và năm" (half-year),
//              "trước 16h00 thứ Sáu hằng tuần" (week, day 5, "16:00"), "hằng năm"
//   asap       "ngay", "khẩn trương", "ngay sau khi ..."; not "ngay tại cơ sở", "ngay cả"
//   ongoing    "thường xuyên", "liên tục", "24/24 giờ"; not "chi thường xuyên" (an expense type)
// One result per text, the most specific: date > period > recurring > start > asap > ongoing;
// among equals the first. Dates without a year take the document's year (the next year when
// that would put the date more than a month before the document). Without a document date,
// year-less and relative forms give no deadline. `text` is the phrase as written.
#pragma once

#include <optional>
#include <string_view>

#include "chidao/directive.h"

namespace chidao {

std::optional<Deadline> FindDeadline(std::string_view text, const std::optional<Date>& doc_date);

// A table cell whose whole content is the deadline: "Quý II/2024", "Tháng 6", "Thường xuyên",
// "Hằng năm", "Trước 30/9/2024", "2024", "Năm 2024", "30/9/2024". `text` is the cell.
std::optional<Deadline> ParseDeadlineCell(std::string_view cell, const std::optional<Date>& doc_date);

// True when every pattern of this file compiled (checked by a test).
bool DeadlinePatternsOk();

}  // namespace chidao
