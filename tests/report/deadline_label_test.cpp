#include "report/deadline_label.h"

#include "support/test_util.h"

using chidao::Date;
using chidao::Deadline;
using chidao::DeadlineKind;
using chidao::Recurrence;
using chidao::Result;
using namespace chidao::report;

namespace {

Deadline Make(DeadlineKind kind, std::optional<Date> date = std::nullopt,
              Recurrence every = Recurrence::kNone, std::optional<int> day = std::nullopt,
              std::optional<std::string> time = std::nullopt, std::string text = "") {
  Deadline d;
  d.kind = kind;
  d.date = date;
  d.every = every;
  d.day_of_period = day;
  d.time = std::move(time);
  d.text = std::move(text);
  return d;
}

}  // namespace

TEST_CASE("DeadlineLabel: writes dates day first, with the hour when stated") {
  CHECK(DeadlineLabel(Make(DeadlineKind::kDate, Date{2021, 12, 15})) == "15/12/2021");
  CHECK(DeadlineLabel(Make(DeadlineKind::kPeriod, Date{2022, 3, 31})) == "31/03/2022");
  CHECK(DeadlineLabel(Make(DeadlineKind::kDate, Date{2021, 12, 15}, Recurrence::kNone,
                           std::nullopt, "16:00")) == "15/12/2021, trước 16:00");
  CHECK(DeadlineLabel(Make(DeadlineKind::kStart, Date{2021, 11, 1})) == "Từ 01/11/2021");
}

TEST_CASE("DeadlineLabel: says recurring rules the way a clerk writes them") {
  CHECK(DeadlineLabel(Make(DeadlineKind::kRecurring, std::nullopt, Recurrence::kDay,
                           std::nullopt, "20:00")) == "Hằng ngày trước 20:00");
  CHECK(DeadlineLabel(Make(DeadlineKind::kRecurring, std::nullopt, Recurrence::kWeek, 5,
                           "16:00")) == "Hằng tuần, thứ Sáu trước 16:00");
  CHECK(DeadlineLabel(Make(DeadlineKind::kRecurring, std::nullopt, Recurrence::kWeek)) ==
        "Hằng tuần");
  CHECK(DeadlineLabel(Make(DeadlineKind::kRecurring, std::nullopt, Recurrence::kMonth, 25)) ==
        "Hằng tháng, ngày 25");
  CHECK(DeadlineLabel(Make(DeadlineKind::kRecurring, std::nullopt, Recurrence::kQuarter)) ==
        "Hằng quý");
  CHECK(DeadlineLabel(Make(DeadlineKind::kRecurring, std::nullopt, Recurrence::kHalfYear)) ==
        "Định kỳ 6 tháng");
  CHECK(DeadlineLabel(Make(DeadlineKind::kRecurring, Date{2021, 12, 15}, Recurrence::kYear)) ==
        "Hằng năm, ngày 15/12");
  CHECK(DeadlineLabel(Make(DeadlineKind::kRecurring, std::nullopt, Recurrence::kYear)) ==
        "Hằng năm");
}

TEST_CASE("DeadlineLabel: ongoing is Thường xuyên, asap is Ngay, none is empty") {
  CHECK(DeadlineLabel(Make(DeadlineKind::kOngoing)) == "Thường xuyên");
  CHECK(DeadlineLabel(Make(DeadlineKind::kAsap)) == "Ngay");
  CHECK(DeadlineLabel(std::nullopt).empty());
}

TEST_CASE("DeadlineLabel: falls back to the phrase as written when the date is unreadable") {
  CHECK(DeadlineLabel(Make(DeadlineKind::kDate, std::nullopt, Recurrence::kNone, std::nullopt,
                           std::nullopt, "trước ngày 31/4")) == "trước ngày 31/4");
}

TEST_CASE("WeekdayName: names ISO weekdays in Vietnamese") {
  CHECK(WeekdayName(1) == "thứ Hai");
  CHECK(WeekdayName(6) == "thứ Bảy");
  CHECK(WeekdayName(7) == "Chủ nhật");
  CHECK(WeekdayName(0).empty());
}
