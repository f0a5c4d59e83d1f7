// The "Hạn" column of a checklist: a deadline said the way a Vietnamese clerk writes it.
//
//   date/period  → "15/12/2021" ("15/12/2021, trước 16:00" when an hour is stated)
//   start        → "Từ 01/11/2021"
//   recurring    → "Hằng ngày trước 20:00", "Hằng tuần, thứ Sáu trước 16:00",
//                  "Hằng tháng, ngày 25", "Hằng quý", "Định kỳ 6 tháng", "Hằng năm, ngày 15/12"
//   ongoing      → "Thường xuyên";  asap → "Ngay";  no deadline → ""
// A deadline whose date could not be read falls back to the phrase as written.
#pragma once

#include <optional>
#include <string>

#include "chidao/directive.h"

namespace chidao::report {

std::string DeadlineLabel(const std::optional<Deadline>& deadline);

// "thứ Hai" ... "thứ Bảy", "Chủ nhật" for ISO weekdays 1..7; "" otherwise.
std::string WeekdayName(int iso_weekday);

}  // namespace chidao::report
