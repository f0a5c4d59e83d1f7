// Calendar arithmetic on chidao::Date and the date formats Vietnamese offices type.
//
// Dates are proleptic Gregorian days (std::chrono's calendar underneath), so leap years and
// month ends are exact: 29/02/2024 exists, 29/02/2023 does not. Vietnamese writes the day
// first: "15/12/2021"; chidao also accepts ISO "2021-12-15" so scripts can pass either.
#pragma once

#include <string>
#include <string_view>

#include "chidao/directive.h"
#include "chidao/status.h"

namespace chidao::report {

// True when the date exists in the calendar (month 1..12, day within that month).
bool IsValidDate(const Date& date);

// Days in `month` of `year`, leap years included: (2024, 2) → 29.
int DaysInMonth(int year, int month);

// `date` moved by `days` (negative goes back). The date must be valid.
Date AddDays(const Date& date, int days);

// Whole days from `from` to `to`: positive when `to` is later.
int DaysBetween(const Date& from, const Date& to);

// ISO weekday, Monday = 1 ... Sunday = 7 (the numbering Deadline::day_of_period uses).
int WeekdayOf(const Date& date);

// "15/12/2021": the day-first form printed on every Vietnamese document.
std::string FormatVn(const Date& date);

// A date typed by a user: "15/12/2021", "5/3/2024", "15-12-2021", "15.12.2021" or
// "2021-12-15". Four-digit years only (a two-digit year is ambiguous across centuries).
Result<Date> ParseUserDate(std::string_view text);

// Today in the local time zone: the default for --today.
Date LocalToday();

}  // namespace chidao::report
