#include "chidao/directive.h"

#include <cstdio>

namespace chidao {

std::string Date::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Date> Date::FromIso(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  auto num = [&](std::size_t pos, std::size_t len) {
    int v = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
      if (iso[i] < '0' || iso[i] > '9') return -1;
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  Date d{num(0, 4), num(5, 2), num(8, 2)};
  if (d.year < 0 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return std::nullopt;
  return d;
}

const char* ToString(Urgency u) {
  switch (u) {
    case Urgency::kNone: return "";
    case Urgency::kKhan: return "Khẩn";
    case Urgency::kThuongKhan: return "Thượng khẩn";
    case Urgency::kHoaToc: return "Hỏa tốc";
  }
  return "";
}

const char* ToString(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::kDate: return "date";
    case DeadlineKind::kPeriod: return "period";
    case DeadlineKind::kStart: return "start";
    case DeadlineKind::kRecurring: return "recurring";
    case DeadlineKind::kOngoing: return "ongoing";
    case DeadlineKind::kAsap: return "asap";
  }
  return "";
}

const char* ToString(Recurrence r) {
  switch (r) {
    case Recurrence::kNone: return "";
    case Recurrence::kDay: return "day";
    case Recurrence::kWeek: return "week";
    case Recurrence::kMonth: return "month";
    case Recurrence::kQuarter: return "quarter";
    case Recurrence::kHalfYear: return "half-year";
    case Recurrence::kYear: return "year";
  }
  return "";
}

}  // namespace chidao
