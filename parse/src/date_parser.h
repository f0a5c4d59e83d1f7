// Dates as Vietnamese documents write them, always day-first (DOMAIN.md §5): "26/11/2021",
// "26-11-2021", "26.11.2021", "ngày 26 tháng 11 năm 2021", and "ngày 14/8" whose year comes from
// the caller (the document's year). Internal to chidao::parse.
//
// What is not a date: a number glued to one ("80101911/26.06.2025", where the date is part of an
// identifier), a số ký hiệu ("128/NQ-CP", "30/2020/NĐ-CP"), a fraction ("8/9 huyện": a day/month
// pair without a year counts only after "ngày", "đêm", "trước", "từ", "đến"...), an impossible day
// ("31/02/2021"), a year outside 1900..2199.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "chidao/directive.h"
#include "folded_text.h"

namespace chidao {

struct DateMatch {
  Date date;
  std::size_t begin = 0, end = 0;  // byte offsets of the date expression in the text
  bool year_given = true;          // false: "ngày 14/8", year taken from default_year
};

// All dates in `text`, in order. Year-less dates are returned only when default_year is given.
// The written form's match starts at "ngày"; the numeric forms start at the first digit.
std::vector<DateMatch> FindDates(std::string_view text, std::optional<int> default_year);
// Same on already folded text (offsets into folded.original()).
std::vector<DateMatch> FindDates(const FoldedText& folded, std::optional<int> default_year);

bool IsValidDate(const Date& d);
Date LastDayOfMonth(int year, int month);
Date AddDays(const Date& d, int days);
// Adds whole months, clamping the day: 31/1 + 1 month = 28/2 (or 29/2).
Date AddMonths(const Date& d, int months);
// 1 = Monday ... 7 = Sunday (Vietnamese "thứ Hai" ... "Chủ nhật").
int DayOfWeek(const Date& d);

// Internal form of FindDates for the other parsers: the match with its offsets in the folded text
// too, so prefixes ("trước ", "của ") can be examined there.
struct FoldedDate {
  DateMatch match;
  std::size_t folded_begin = 0, folded_end = 0;
};
// Only matches starting in folded[from, to) are returned (scanning stops shortly after `to`).
std::vector<FoldedDate> FindFoldedDates(const FoldedText& folded, std::optional<int> default_year,
                                        std::size_t from = 0, std::size_t to = static_cast<std::size_t>(-1));

// True when every pattern of this file compiled (checked by a test).
bool DatePatternsOk();

// Quarter number of a Roman or Arabic numeral as documents write it: "I".."IV", "1".."4"
// (case-insensitive); 0 when it is none of them.
int ParseQuarter(std::string_view numeral);

}  // namespace chidao
