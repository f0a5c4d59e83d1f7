#include "report/deadline_label.h"

#include <cstdio>

#include "report/calendar.h"

namespace chidao::report {
namespace {

std::string Before(const std::optional<std::string>& time) {
  return time && !time->empty() ? " trước " + *time : "";
}

std::string DayOfMonthPart(const std::optional<int>& day, const char* suffix) {
  if (!day || *day < 1 || *day > 31) return "";
  return ", ngày " + std::to_string(*day) + suffix;
}

std::string RecurringLabel(const Deadline& d) {
  switch (d.every) {
    case Recurrence::kNone:
      break;
    case Recurrence::kDay:
      return "Hằng ngày" + Before(d.time);
    case Recurrence::kWeek: {
      const std::string day = d.day_of_period ? WeekdayName(*d.day_of_period) : "";
      return "Hằng tuần" + (day.empty() ? "" : ", " + day) + Before(d.time);
    }
    case Recurrence::kMonth:
      return "Hằng tháng" + DayOfMonthPart(d.day_of_period, "") + Before(d.time);
    case Recurrence::kQuarter:
      return "Hằng quý" + DayOfMonthPart(d.day_of_period, " tháng cuối quý") + Before(d.time);
    case Recurrence::kHalfYear:
      return "Định kỳ 6 tháng" + DayOfMonthPart(d.day_of_period, " tháng cuối kỳ") +
             Before(d.time);
    case Recurrence::kYear: {
      if (d.date && IsValidDate(*d.date)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, ", ngày %02d/%02d", d.date->day, d.date->month);
        return "Hằng năm" + std::string(buf) + Before(d.time);
      }
      return "Hằng năm" + DayOfMonthPart(d.day_of_period, " tháng 12") + Before(d.time);
    }
  }
  return d.text.empty() ? "Định kỳ" : d.text;
}

}  // namespace

std::string WeekdayName(int iso_weekday) {
  static const char* const kNames[] = {"thứ Hai", "thứ Ba",  "thứ Tư",  "thứ Năm",
                                       "thứ Sáu", "thứ Bảy", "Chủ nhật"};
  return iso_weekday >= 1 && iso_weekday <= 7 ? kNames[iso_weekday - 1] : "";
}

std::string DeadlineLabel(const std::optional<Deadline>& deadline) {
  if (!deadline) return "";
  const Deadline& d = *deadline;
  const bool has_date = d.date && IsValidDate(*d.date);
  switch (d.kind) {
    case DeadlineKind::kDate:
    case DeadlineKind::kPeriod:
      if (!has_date) return d.text;
      return FormatVn(*d.date) + (d.time && !d.time->empty() ? ", trước " + *d.time : "");
    case DeadlineKind::kStart:
      return has_date ? "Từ " + FormatVn(*d.date) : d.text;
    case DeadlineKind::kRecurring:
      return RecurringLabel(d);
    case DeadlineKind::kOngoing:
      return "Thường xuyên";
    case DeadlineKind::kAsap:
      return "Ngay";
  }
  return d.text;
}

}  // namespace chidao::report
