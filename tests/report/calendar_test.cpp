#include "report/calendar.h"

#include "support/test_util.h"

using chidao::Date;
using chidao::Result;
using namespace chidao::report;

TEST_CASE("Calendar: knows month lengths and leap years") {
  CHECK(DaysInMonth(2024, 2) == 29);
  CHECK(DaysInMonth(2023, 2) == 28);
  CHECK(DaysInMonth(2000, 2) == 29);
  CHECK(DaysInMonth(1900, 2) == 28);
  CHECK(DaysInMonth(2024, 4) == 30);
  CHECK(DaysInMonth(2024, 12) == 31);
  CHECK(IsValidDate(Date{2024, 2, 29}));
  CHECK_FALSE(IsValidDate(Date{2023, 2, 29}));
  CHECK_FALSE(IsValidDate(Date{2024, 4, 31}));
  CHECK_FALSE(IsValidDate(Date{2024, 13, 1}));
  CHECK_FALSE(IsValidDate(Date{}));
}

TEST_CASE("Calendar: adds days across month and year ends") {
  CHECK(AddDays(Date{2024, 2, 28}, 1) == Date{2024, 2, 29});
  CHECK(AddDays(Date{2023, 2, 28}, 1) == Date{2023, 3, 1});
  CHECK(AddDays(Date{2021, 12, 31}, 1) == Date{2022, 1, 1});
  CHECK(AddDays(Date{2022, 1, 1}, -1) == Date{2021, 12, 31});
  CHECK(DaysBetween(Date{2024, 3, 5}, Date{2024, 3, 1}) == -4);
  CHECK(DaysBetween(Date{2023, 3, 1}, Date{2024, 3, 1}) == 366);
}

TEST_CASE("Calendar: numbers weekdays Monday = 1 to Sunday = 7") {
  CHECK(WeekdayOf(Date{2024, 3, 4}) == 1);   // thứ Hai
  CHECK(WeekdayOf(Date{2024, 3, 8}) == 5);   // thứ Sáu
  CHECK(WeekdayOf(Date{2024, 3, 10}) == 7);  // Chủ nhật
}

TEST_CASE("Calendar: prints dates day first with two-digit day and month") {
  CHECK(FormatVn(Date{2021, 3, 5}) == "05/03/2021");
  CHECK(FormatVn(Date{2021, 12, 15}) == "15/12/2021");
}

TEST_CASE("Calendar: reads dates the way users type them") {
  const auto parsed = [](const char* text) {
    Result<Date> d = ParseUserDate(text);
    INFO(text << ": " << d.status().ToString());
    REQUIRE(d.ok());
    return *d;
  };
  CHECK(parsed("15/12/2021") == Date{2021, 12, 15});
  CHECK(parsed("5/3/2024") == Date{2024, 3, 5});
  CHECK(parsed("05-03-2024") == Date{2024, 3, 5});
  CHECK(parsed("05.03.2024") == Date{2024, 3, 5});
  CHECK(parsed("2024-03-05") == Date{2024, 3, 5});
  CHECK(parsed(" 29/02/2024 ") == Date{2024, 2, 29});
}

TEST_CASE("Calendar: rejects impossible or ambiguous dates with a message") {
  for (const char* bad : {"", "hôm nay", "31/04/2024", "29/02/2023", "15/12/21", "2024/03/05",
                          "15/12/2021x", "15/12-2021", "2024-3-123", "00/01/2024", "1/13/2024"}) {
    Result<Date> d = ParseUserDate(bad);
    INFO(bad);
    CHECK_FALSE(d.ok());
    CHECK(d.status().code() == chidao::StatusCode::kInvalidArgument);
    CHECK(d.status().message().find("date") != std::string::npos);
  }
}
