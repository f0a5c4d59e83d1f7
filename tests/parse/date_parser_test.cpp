#include "date_parser.h"

#include <catch2/catch.hpp>

#include "folded_text.h"

namespace chidao {
namespace {

std::vector<std::string> Isos(std::string_view text, std::optional<int> year = std::nullopt) {
  std::vector<std::string> out;
  for (const DateMatch& m : FindDates(text, year)) out.push_back(m.date.Iso());
  return out;
}

using Isos_t = std::vector<std::string>;

TEST_CASE("DateParser: every pattern compiles") { REQUIRE(DatePatternsOk()); }

TEST_CASE("DateParser: reads day-first numeric dates with slash, dash and dot") {
  CHECK(Isos("ngày 26/11/2021") == Isos_t{"2021-11-26"});
  CHECK(Isos("26-11-2021") == Isos_t{"2021-11-26"});
  CHECK(Isos("hạn 26.11.2021.") == Isos_t{"2021-11-26"});
  CHECK(Isos("Ngày: 07/5/2021") == Isos_t{"2021-05-07"});
  CHECK(Isos("01/02/2022") == Isos_t{"2022-02-01"});  // day first: 1 February
}

TEST_CASE("DateParser: reads OCR's 'O' for '0' in the year of a full numeric date") {
  CHECK(Isos("hoàn thành trưóc ngày 25/5/2O26.") == Isos_t{"2026-05-25"});
  CHECK(Isos("25/5/2o26") == Isos_t{"2026-05-25"});
  CHECK(Isos("mã 25/5/O026").empty());  // the year starts with a digit
}

TEST_CASE("DateParser: reads the written form 'ngày 26 tháng 11 năm 2021' with its offsets") {
  std::string text = "Cao Bằng, ngày 26 tháng 11 năm 2021";
  auto m = FindDates(text, std::nullopt);
  REQUIRE(m.size() == 1);
  CHECK(m[0].date.Iso() == "2021-11-26");
  CHECK(text.substr(m[0].begin, m[0].end - m[0].begin) == "ngày 26 tháng 11 năm 2021");
  CHECK(m[0].year_given);
}

TEST_CASE("DateParser: reads OCR text that lost the marks of 'ngày', 'tháng', 'năm'") {
  CHECK(Isos("Ha Noi, ngay 05 thang 3 nam 2022") == Isos_t{"2022-03-05"});
  CHECK(Isos("NGÀY 05 THÁNG 3 NĂM 2022") == Isos_t{"2022-03-05"});
}

TEST_CASE("DateParser: takes the year of 'ngày 14/8' from the default year") {
  auto m = FindDates("Ngày 14/8, UBND tỉnh ban hành", 2021);
  REQUIRE(m.size() == 1);
  CHECK(m[0].date.Iso() == "2021-08-14");
  CHECK_FALSE(m[0].year_given);
  CHECK(Isos("Ngày 14/8, UBND tỉnh", std::nullopt).empty());
  CHECK(Isos("ngày 05 tháng 8", 2021) == Isos_t{"2021-08-05"});
}

TEST_CASE("DateParser: a year-less day/month needs a word such as 'ngày' or 'trước' before it") {
  CHECK(Isos("thuộc 8/9 huyện, thành phố", 2019).empty());
  CHECK(Isos("trực 24/24 giờ", 2019).empty());
  CHECK(Isos("chậm nhất trước 30/9", 2019) == Isos_t{"2019-09-30"});
  CHECK(Isos("Từ đêm 18/9 đến hết ngày 20/9/2024", 2024) == Isos_t{"2024-09-18", "2024-09-20"});
}

TEST_CASE("DateParser: a number glued to a date is not a date: '80101911/26.06.2025'") {
  CHECK(Isos("tại văn bản số 80101911/26.06.2025 về công tác").empty());
  CHECK(Isos("mã 12345-26-06-2025").empty());
  CHECK(Isos("X26/06/2025").empty());
}

TEST_CASE("DateParser: a số ký hiệu is not a date: '128/NQ-CP', '30/2020/NĐ-CP', '12/7/2018/QĐ'") {
  CHECK(Isos("Nghị quyết số 128/NQ-CP ngày 11/10/2021", 2021) == Isos_t{"2021-10-11"});
  CHECK(Isos("Nghị định 30/2020/NĐ-CP", 2021).empty());
  CHECK(Isos("số 12/7/2018/QĐ", 2021).empty());
}

TEST_CASE("DateParser: rejects impossible dates such as 31/02 and 29/02 of a common year") {
  CHECK(Isos("ngày 31/02/2021").empty());
  CHECK(Isos("ngày 29/02/2021").empty());
  CHECK(Isos("ngày 29/02/2024") == Isos_t{"2024-02-29"});
  CHECK(Isos("ngày 32/01/2021").empty());
  CHECK(Isos("ngày 10/13/2021").empty());
  CHECK(Isos("ngày 26/11-2021").empty());  // mixed separators
}

TEST_CASE("DateParser: calendar arithmetic handles month ends, leap years and weekdays") {
  CHECK(LastDayOfMonth(2024, 2).Iso() == "2024-02-29");
  CHECK(LastDayOfMonth(2100, 2).Iso() == "2100-02-28");
  CHECK(LastDayOfMonth(2021, 12).Iso() == "2021-12-31");
  CHECK(AddDays(Date{2021, 11, 26}, 7).Iso() == "2021-12-03");
  CHECK(AddDays(Date{2021, 12, 31}, 1).Iso() == "2022-01-01");
  CHECK(AddDays(Date{2024, 3, 1}, -1).Iso() == "2024-02-29");
  CHECK(AddMonths(Date{2024, 1, 31}, 1).Iso() == "2024-02-29");
  CHECK(DayOfWeek(Date{2021, 11, 26}) == 5);  // a Friday
  CHECK(DayOfWeek(Date{2024, 9, 22}) == 7);   // a Sunday
  CHECK(IsValidDate(Date{2021, 2, 28}));
  CHECK_FALSE(IsValidDate(Date{2021, 2, 31}));
}

TEST_CASE("DateParser: reads quarters in Roman and Arabic numerals I to IV") {
  CHECK(ParseQuarter("I") == 1);
  CHECK(ParseQuarter("ii") == 2);
  CHECK(ParseQuarter("III") == 3);
  CHECK(ParseQuarter("IV") == 4);
  CHECK(ParseQuarter("4") == 4);
  CHECK(ParseQuarter("V") == 0);
}

TEST_CASE("FoldedText: folds marks and case and maps offsets back to the original") {
  std::string text = "Nơi nhận: ĐỒNG Tháp";
  FoldedText f(text);
  CHECK(f.text() == "noi nhan: dong thap");
  std::size_t pos = f.text().find("dong");
  CHECK(f.OriginalText(pos, pos + 4) == "ĐỒNG");
  CHECK(FoldText("Kính gửi") == "kinh gui");
  CHECK(FoldText("Lao động – Thương binh") == "lao dong - thuong binh");
}

TEST_CASE("FoldedText: survives invalid UTF-8 and decomposed (NFD) input") {
  std::string bad = "ng\xff\xfe\xc3y 1";
  FoldedText f(bad);
  CHECK(f.text().size() <= bad.size());
  CHECK(FoldText("nga\xcc\x80y") == "ngay");  // "ngày" with a combining grave accent
}

}  // namespace
}  // namespace chidao
