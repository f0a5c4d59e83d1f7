#include "report/calendar.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace chidao::report {
namespace {

namespace chr = std::chrono;

chr::sys_days ToDays(const Date& date) {
  return chr::sys_days(chr::year_month_day(chr::year(date.year),
                                           chr::month(static_cast<unsigned>(date.month)),
                                           chr::day(static_cast<unsigned>(date.day))));
}

Date FromDays(chr::sys_days days) {
  const chr::year_month_day ymd(days);
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// Reads 1..max_len ASCII digits at `pos`; -1 when there are none.
int ReadNumber(std::string_view s, std::size_t& pos, std::size_t max_len) {
  int value = 0;
  std::size_t start = pos;
  while (pos < s.size() && pos - start < max_len && s[pos] >= '0' && s[pos] <= '9') {
    value = value * 10 + (s[pos] - '0');
    ++pos;
  }
  return pos == start ? -1 : value;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool IsValidDate(const Date& date) {
  if (date.year < 1 || date.year > 9999 || date.month < 1 || date.month > 12 || date.day < 1) {
    return false;
  }
  return date.day <= DaysInMonth(date.year, date.month);
}

int DaysInMonth(int year, int month) {
  const chr::year_month_day_last last(chr::year(year),
                                      chr::month_day_last(chr::month(static_cast<unsigned>(month))));
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

Date AddDays(const Date& date, int days) { return FromDays(ToDays(date) + chr::days(days)); }

int DaysBetween(const Date& from, const Date& to) {
  return static_cast<int>((ToDays(to) - ToDays(from)).count());
}

int WeekdayOf(const Date& date) {
  return static_cast<int>(chr::weekday(ToDays(date)).iso_encoding());
}

std::string FormatVn(const Date& date) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", date.day, date.month, date.year);
  return buf;
}

Result<Date> ParseUserDate(std::string_view text) {
  const std::string_view s = Trim(text);
  const auto invalid = [&] {
    return Status::InvalidArgument("invalid date '" + std::string(text) +
                                   "': expected dd/mm/yyyy (15/12/2021) or yyyy-mm-dd");
  };
  std::size_t pos = 0;
  Date date;
  const int first = ReadNumber(s, pos, 4);
  if (first < 0 || pos >= s.size()) return invalid();
  const std::size_t first_len = pos;
  const char sep = s[pos];
  if (sep != '/' && sep != '-' && sep != '.') return invalid();
  ++pos;
  const int second = ReadNumber(s, pos, 2);
  if (second < 0 || pos >= s.size() || s[pos] != sep) return invalid();
  ++pos;
  const std::size_t third_start = pos;
  const int third = ReadNumber(s, pos, 4);
  if (third < 0 || pos != s.size()) return invalid();
  if (first_len == 4 && sep == '-') {
    if (pos - third_start > 2) return invalid();
    date = Date{first, second, third};  // ISO yyyy-mm-dd
  } else {
    if (first_len > 2 || pos - third_start != 4) return invalid();
    date = Date{third, second, first};  // Vietnamese dd/mm/yyyy
  }
  if (!IsValidDate(date)) {
    return Status::InvalidArgument("invalid date '" + std::string(text) +
                                   "': no such day in the calendar");
  }
  return date;
}

Date LocalToday() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

}  // namespace chidao::report
