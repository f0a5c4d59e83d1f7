#include "deadline_parser.h"

#include <catch2/catch.hpp>

namespace chidao {
namespace {

const std::optional<Date> kDoc = Date{2021, 11, 12};

struct D {
  std::string kind, date, every, time;
  std::optional<int> day;
  std::string text;
};

std::optional<D> Find(std::string_view text, std::optional<Date> doc = kDoc) {
  auto d = FindDeadline(text, doc);
  if (!d) return std::nullopt;
  return D{ToString(d->kind), d->date ? d->date->Iso() : "", ToString(d->every), d->time.value_or(""),
           d->day_of_period, d->text};
}

std::optional<D> Cell(std::string_view text, std::optional<Date> doc = Date{2024, 2, 23}) {
  auto d = ParseDeadlineCell(text, doc);
  if (!d) return std::nullopt;
  return D{ToString(d->kind), d->date ? d->date->Iso() : "", ToString(d->every), d->time.value_or(""),
           d->day_of_period, d->text};
}

TEST_CASE("DeadlineParser: every pattern compiles") { REQUIRE(DeadlinePatternsOk()); }

TEST_CASE("DeadlineParser: reads 'trước ngày 15/12/2021' as a date and keeps the phrase") {
  auto d = Find("Chỉ đạo các doanh nghiệp xây dựng phương án, hoàn thành trước ngày 15/12/2021.");
  REQUIRE(d);
  CHECK(d->kind == "date");
  CHECK(d->date == "2021-12-15");
  CHECK(d->text == "hoàn thành trước ngày 15/12/2021");
}

TEST_CASE("DeadlineParser: the day may be named by its event between 'ngày' and the date") {
  auto d = Find("sửa chữa phòng học xuống cấp, bảo đảm an toàn trước ngày khai giảng 05/9/2021.");
  REQUIRE(d);
  CHECK(d->kind == "date");
  CHECK(d->date == "2021-09-05");
  CHECK(d->text == "trước ngày khai giảng 05/9/2021");
  auto e = Find("hoàn thành niêm yết danh sách cử tri trước ngày bầu cử 15/3/2026.");
  REQUIRE(e);
  CHECK(e->date == "2026-03-15");
  // "từ ngày ký đến ngày ...": the nearer trigger "đến" still rules, the span is no event name.
  auto f = Find("Quy định này được áp dụng từ ngày ký đến ngày 31/12/2021.");
  REQUIRE(f);
  CHECK(f->kind == "date");
  CHECK(f->date == "2021-12-31");
}

TEST_CASE("DeadlineParser: resolves 'trước ngày 15/3' against the document year") {
  auto d = Find("gửi Sở Nội vụ trước ngày 15/3", Date{2023, 2, 14});
  REQUIRE(d);
  CHECK(d->kind == "date");
  CHECK(d->date == "2023-03-15");
}

TEST_CASE("DeadlineParser: a year-less date long before the document falls in the next year") {
  auto d = Find("báo cáo trước ngày 15/1", Date{2021, 12, 20});
  REQUIRE(d);
  CHECK(d->date == "2022-01-15");
}

TEST_CASE("DeadlineParser: reads 'chậm nhất ngày 30/11' and 'hoàn thành trước 31/12/2021'") {
  CHECK(Find("chậm nhất ngày 30/11 phải hoàn thành việc bổ sung biển báo")->date == "2021-11-30");
  auto d = Find("hoàn thành trước 31/12/2021");
  REQUIRE(d);
  CHECK(d->kind == "date");
  CHECK(d->date == "2021-12-31");
}

TEST_CASE("DeadlineParser: keeps the hour of 'trước 16 giờ 00 ngày 18/9/2024' and '16h30'") {
  auto d = Find("hoàn thành việc kêu gọi tàu thuyền vào nơi neo đậu trước 16 giờ 00 ngày 18/9/2024;");
  REQUIRE(d);
  CHECK(d->kind == "date");
  CHECK(d->date == "2024-09-18");
  CHECK(d->time == "16:00");
  CHECK(d->text == "trước 16 giờ 00 ngày 18/9/2024");
  CHECK(Find("trước 16h30 ngày 18/9/2024")->time == "16:30");
}

TEST_CASE("DeadlineParser: a citation's date is not a deadline") {
  CHECK_FALSE(Find("Thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ"));
  CHECK_FALSE(Find("theo văn bản số 80101911/26.06.2025 của Bộ"));
}

TEST_CASE("DeadlineParser: reads periods 'trong tháng 12/2021', 'trong quý I/2022', 'trong năm 2022'") {
  auto m = Find("Tổ chức kiểm tra trong tháng 12/2021.");
  REQUIRE(m);
  CHECK(m->kind == "period");
  CHECK(m->date == "2021-12-31");
  CHECK(m->text == "trong tháng 12/2021");
  CHECK(Find("hoàn thành trong quý I/2022")->date == "2022-03-31");
  CHECK(Find("hoàn thành trong quý I/2022")->text == "hoàn thành trong quý I/2022");
  CHECK(Find("trong quý II năm 2023")->date == "2023-06-30");
  CHECK(Find("trong quý III/2023")->date == "2023-09-30");
  CHECK(Find("trong quý IV/2019")->date == "2019-12-31");
  CHECK(Find("trong năm 2022")->date == "2022-12-31");
  CHECK(Find("hoàn thành trong tháng 01/2022")->date == "2022-01-31");
  CHECK(Find("trong tháng 12 năm 2021")->date == "2021-12-31");
}

TEST_CASE("DeadlineParser: a period without a year takes the document's year") {
  CHECK(Find("hoàn thành trong tháng 12")->date == "2021-12-31");
  CHECK(Find("trong quý IV")->date == "2021-12-31");
  CHECK_FALSE(Find("hoàn thành trong tháng 12", std::nullopt));
}

TEST_CASE("DeadlineParser: '6 tháng đầu năm' ends on 30/6 and '6 tháng cuối năm' on 31/12") {
  auto d = Find("báo cáo kết quả 6 tháng đầu năm trong 6 tháng đầu năm 2022");
  REQUIRE(d);
  CHECK(d->kind == "period");
  CHECK(d->date == "2022-06-30");
  CHECK(Find("hoàn thành trong 6 tháng cuối năm")->date == "2021-12-31");
}

TEST_CASE("DeadlineParser: 'năm 2022' without a word of time is a target, not a deadline") {
  CHECK_FALSE(Find("các xã phấn đấu đạt chuẩn năm 2023"));
  CHECK_FALSE(Find("Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"));
  CHECK_FALSE(Find("Phấn đấu hoàn thành mục tiêu của năm 2021"));
}

TEST_CASE("DeadlineParser: 'trước tháng 6/2024' is the day before the month starts") {
  auto d = Find("trình UBND tỉnh trước tháng 6/2024");
  REQUIRE(d);
  CHECK(d->kind == "date");
  CHECK(d->date == "2024-05-31");
}

TEST_CASE("DeadlineParser: 'trong thời hạn 07 ngày kể từ ngày ký' counts from the document date") {
  auto d = Find("trình UBND tỉnh trong thời hạn 07 ngày kể từ ngày ký.", Date{2021, 11, 26});
  REQUIRE(d);
  CHECK(d->kind == "period");
  CHECK(d->date == "2021-12-03");
  CHECK(d->text == "trong thời hạn 07 ngày kể từ ngày ký");
  auto t = Find("trong thời hạn 05 ngày kể từ ngày ban hành Thông báo này; báo cáo", Date{2019, 6, 12});
  REQUIRE(t);
  CHECK(t->date == "2019-06-17");
  CHECK(t->text == "trong thời hạn 05 ngày kể từ ngày ban hành Thông báo này");
  CHECK(Find("trong thời hạn 10 ngày làm việc kể từ ngày nhận", Date{2024, 9, 20})->date == "2024-10-04");
  CHECK_FALSE(Find("trong thời hạn 07 ngày kể từ ngày ký", std::nullopt));
  CHECK_FALSE(Find("Dự báo trong 24 giờ tới"));
}

TEST_CASE("DeadlineParser: a limit counted from each case's own event is no deadline") {
  // "kể từ ngày nhận đủ hồ sơ hợp lệ": every application has its own day, not the document's.
  CHECK_FALSE(Find("Xác nhận đối tượng trong thời hạn 07 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; công khai",
                   Date{2026, 4, 8}));
  CHECK_FALSE(Find("trả lời trong thời hạn 05 ngày làm việc kể từ ngày có kết luận.", Date{2026, 4, 8}));
  auto d = Find("báo cáo trong thời hạn 10 ngày kể từ ngày nhận được văn bản này.", Date{2026, 4, 8});
  REQUIRE(d);
  CHECK(d->date == "2026-04-18");
  // The object of "ngày" tells: the document itself, however named ...
  for (const char* own : {"báo cáo trong thời hạn 15 ngày kể từ ngày nhận được Công văn.",
                          "hoàn thành trong thời hạn 15 ngày kể từ ngày Kế hoạch được ban hành.",
                          "hoàn thành trong thời hạn 15 ngày kể từ ngày Chỉ thị có hiệu lực.",
                          "hoàn thành trong thời hạn 15 ngày kể từ ngày kí.",
                          "báo cáo trong thời hạn 15 ngày kể từ ngày nhận được Thông báo kết luận này.",
                          "hoàn thành trong thời hạn 15 ngày kể từ ngày Kế hoạch này được ban hành.",
                          "hoàn thành trong thời hạn 15 ngày kể từ ngày văn bản này có hiệu lực.",
                          "hoàn thành trong thời hạn 15 ngày kể từ ngày phát hành văn bản này.",
                          "hoàn thành trong thời hạn 15 ngày kể từ ngày Công điện được ký ban hành.",
                          "hoàn thành trong thời hạn 15 ngày kể từ ngày ký và ban hành.",
                          "hoàn thành trong thời hạn 15 ngày kể từ hôm nay.",
                          "báo cáo trong thời hạn 15 ngày kể từ ngày nhận được Công văn này đề nghị các đơn vị."}) {
    auto own_day = Find(own, Date{2026, 4, 8});
    REQUIRE(own_day);
    CHECK(own_day->date == "2026-04-23");
  }
  // ... or a paper of each case.
  CHECK_FALSE(Find("thanh toán trong thời hạn 15 ngày kể từ ngày ký hợp đồng.", Date{2026, 4, 8}));
  CHECK_FALSE(Find("bàn giao mặt bằng trong thời hạn 20 ngày kể từ ngày ban hành quyết định thu hồi đất.",
                   Date{2026, 4, 8}));
  CHECK_FALSE(Find("trả lời trong thời hạn 15 ngày kể từ ngày nhận được văn bản đề nghị của nhà đầu tư.",
                   Date{2026, 4, 8}));
}

TEST_CASE("DeadlineParser: a day in parentheses after a recurrence is its day in each period") {
  auto d = Find("định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) tham mưu sơ kết",
                Date{2026, 3, 10});
  REQUIRE(d);
  CHECK(d->kind == "recurring");
  CHECK(d->every == "half-year");
  // A year-less date in parentheses after anything else is still one date.
  auto one = Find("tổ chức hội nghị (trước ngày 15/6) tại trụ sở", Date{2026, 3, 10});
  REQUIRE(one);
  CHECK(one->kind == "date");
  // "6 tháng" alone is a half-year's review, held once: its day is one date.
  auto review = Find("tổ chức sơ kết 6 tháng (trước ngày 15/6) và tổng kết năm", Date{2026, 3, 10});
  REQUIRE(review);
  CHECK(review->kind == "date");
  CHECK(review->date == "2026-06-15");
  // "định kỳ" or a yearly report anywhere in the clause makes it the half-year's day.
  for (const char* every : {"Định kỳ hằng quý, 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) báo cáo",
                            "báo cáo 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)",
                            "định kỳ 06 tháng (trước ngày 15/6) báo cáo"}) {
    auto r = Find(every, Date{2026, 3, 10});
    REQUIRE(r);
    CHECK(r->kind == "recurring");
  }
}

TEST_CASE("DeadlineParser: 'Từ tháng 11 năm 2021' is a start on the first day of the month") {
  auto d = Find("Từ tháng 11 năm 2021, yêu cầu tối thiểu 80% người từ 50 tuổi trở lên được tiêm", Date{2021, 11, 26});
  REQUIRE(d);
  CHECK(d->kind == "start");
  CHECK(d->date == "2021-11-01");
  CHECK(d->text == "Từ tháng 11 năm 2021");
  auto s = Find("thực hiện cấm biển từ 12 giờ 00 ngày 18/9/2024.");
  REQUIRE(s);
  CHECK(s->kind == "start");
  CHECK(s->date == "2024-09-18");
  CHECK(s->time == "12:00");
  CHECK(Find("áp dụng từ ngày 01/10/2019")->date == "2019-10-01");
}

TEST_CASE("DeadlineParser: 'từ ngày 12/7/2025 đến ngày 22/7/2025' is a period ending on its last day") {
  auto d = Find("tổ chức tuyển sinh từ ngày 12/7/2025 đến ngày 22/7/2025.");
  REQUIRE(d);
  CHECK(d->kind == "period");
  CHECK(d->date == "2025-07-22");
  CHECK(d->text == "từ ngày 12/7/2025 đến ngày 22/7/2025");
  CHECK(Find("từ tháng 6 đến tháng 8/2024")->date == "2024-08-31");
}

TEST_CASE("DeadlineParser: 'Hằng ngày, chậm nhất trước 20h00' recurs every day at 20:00") {
  auto d = Find("Hằng ngày, chậm nhất trước 20h00, Giám đốc Sở Y tế chủ trì, phối hợp với ...");
  REQUIRE(d);
  CHECK(d->kind == "recurring");
  CHECK(d->every == "day");
  CHECK(d->time == "20:00");
  CHECK(d->date.empty());
  CHECK(d->text == "Hằng ngày, chậm nhất trước 20h00");
}

TEST_CASE("DeadlineParser: reads 'trước 17h00 hằng ngày' and 'trước 16 giờ 00 hằng ngày'") {
  auto d = Find("tổng hợp tình hình, báo cáo Chủ tịch UBND tỉnh trước 17h00 hằng ngày.");
  REQUIRE(d);
  CHECK(d->every == "day");
  CHECK(d->time == "17:00");
  CHECK(d->text == "trước 17h00 hằng ngày");
  CHECK(Find("báo cáo nhanh trước 16 giờ 00 hằng ngày")->time == "16:00");
  CHECK(Find("báo cáo trước 15 giờ 00 hàng ngày")->every == "day");
}

TEST_CASE("DeadlineParser: 'trước 16h00 thứ Sáu hằng tuần' recurs weekly on day 5 at 16:00") {
  auto d = Find("Báo cáo kết quả về Ban An toàn giao thông tỉnh trước 16h00 thứ Sáu hằng tuần.");
  REQUIRE(d);
  CHECK(d->kind == "recurring");
  CHECK(d->every == "week");
  CHECK(d->day == 5);
  CHECK(d->time == "16:00");
  CHECK(d->text == "trước 16h00 thứ Sáu hằng tuần");
  CHECK(Find("định kỳ hằng tuần")->every == "week");
  CHECK(Find("vào Chủ nhật hằng tuần")->day == 7);
}

TEST_CASE("DeadlineParser: 'trước ngày 25 hằng tháng' recurs monthly on day 25") {
  auto d = Find("Báo cáo kết quả thực hiện trước ngày 25 hằng tháng.");
  REQUIRE(d);
  CHECK(d->kind == "recurring");
  CHECK(d->every == "month");
  CHECK(d->day == 25);
  CHECK(d->text == "trước ngày 25 hằng tháng");
  CHECK(Find("báo cáo vào ngày 05 hằng tháng")->day == 5);
  auto p = Find("Định kỳ hằng tháng (trước ngày 20) báo cáo");
  REQUIRE(p);
  CHECK(p->every == "month");
  CHECK(p->day == 20);
  CHECK(p->text == "Định kỳ hằng tháng (trước ngày 20)");
}

TEST_CASE("DeadlineParser: reads quarterly, half-yearly and yearly recurrences") {
  CHECK(Find("tổng hợp, báo cáo UBND tỉnh hằng quý./.")->every == "quarter");
  CHECK(Find("định kỳ hằng quý (trước ngày 15 của tháng cuối quý)")->every == "quarter");
  CHECK(Find("trước ngày 10 của tháng cuối quý để tổng hợp")->every == "quarter");
  auto h = Find("báo cáo kết quả định kỳ 6 tháng và năm về Sở Nội vụ");
  REQUIRE(h);
  CHECK(h->every == "half-year");
  CHECK(h->text == "định kỳ 6 tháng");
  CHECK(Find("định kỳ 6 tháng, năm để tổng hợp")->every == "half-year");
  CHECK(Find("Định kỳ hằng năm tổ chức kiểm tra")->every == "year");
  CHECK(Find("hằng năm")->every == "year");
}

TEST_CASE("DeadlineParser: 'trung hạn và hằng năm' is a planning horizon, not a recurrence") {
  CHECK_FALSE(Find("bố trí vốn trong kế hoạch đầu tư công trung hạn và hằng năm của tỉnh"));
  // The yearly plan or budget named in the clause is no recurrence either.
  CHECK_FALSE(Find("đưa chỉ tiêu vào nghị quyết, kế hoạch phát triển kinh tế - xã hội hằng năm"));
  CHECK_FALSE(Find("bố trí trong dự toán ngân sách hằng năm"));
  CHECK(Find("Xây dựng kế hoạch tuyên truyền; báo cáo kết quả hằng năm")->every == "year");
  CHECK(Find("Các đơn vị báo cáo kết quả thực hiện Kế hoạch này về Sở Y tế hằng năm")->every ==
        "year");
}

TEST_CASE("DeadlineParser: 'thường xuyên', 'liên tục' and '24/24 giờ' are ongoing") {
  auto d = Find("Thường xuyên nắm bắt tình hình");
  REQUIRE(d);
  CHECK(d->kind == "ongoing");
  CHECK(d->text == "Thường xuyên");
  CHECK(Find("Liên tục cập nhật dữ liệu")->kind == "ongoing");
  auto t = Find("bố trí trực cấp cứu 24/24 giờ, sẵn sàng tiếp nhận");
  REQUIRE(t);
  CHECK(t->kind == "ongoing");
  CHECK(t->text == "24/24 giờ");
}

TEST_CASE("DeadlineParser: 'thường xuyên' naming an expense, a use or the people's act is no deadline") {
  CHECK_FALSE(Find("bố trí kinh phí chi thường xuyên để thực hiện"));
  CHECK_FALSE(Find("tài liệu lưu trữ có giá trị sử dụng thường xuyên"));
  CHECK_FALSE(Find("khuyến khích người dân thường xuyên tự đi xét nghiệm"));
}

TEST_CASE("DeadlineParser: how often a thing befalls a place ('thường xuyên bị ngập') is no deadline") {
  CHECK_FALSE(Find("kiểm tra, cảnh báo các tuyến đường, khu dân cư thường xuyên bị ngập"));
  CHECK_FALSE(Find("rà soát các điểm thường xuyên xảy ra sạt lở"));
  CHECK(Find("thường xuyên bám sát địa bàn")->kind == "ongoing");
}

TEST_CASE("DeadlineParser: 'ngay' and 'khẩn trương' as the time of the act are asap") {
  auto d = Find("Ban hành kế hoạch của địa phương ngay sau khi Kế hoạch này được ban hành.");
  REQUIRE(d);
  CHECK(d->kind == "asap");
  CHECK(d->text == "ngay");
  CHECK(Find("Khẩn trương điều tra, làm rõ nguyên nhân")->kind == "asap");
  CHECK(Find("Khẩn trương điều tra, làm rõ nguyên nhân")->text == "Khẩn trương");
}

TEST_CASE("DeadlineParser: 'ngay tại cơ sở', 'ngày' and 'kịp thời' are not asap") {
  CHECK_FALSE(Find("điều trị từ sớm, từ xa, ngay tại cơ sở, góp phần giảm tử vong"));
  CHECK_FALSE(Find("ngay cả khi dịch được kiểm soát"));
  CHECK_FALSE(Find("xử lý kịp thời các tình huống phát sinh"));
  CHECK_FALSE(Find("trong ngày làm việc"));
}

TEST_CASE("DeadlineParser: the most specific deadline wins: date > period > recurring > start > asap > ongoing") {
  auto d = Find("Kiểm tra, khắc phục ngay các điểm đen; chậm nhất ngày 30/11 phải hoàn thành");
  REQUIRE(d);
  CHECK(d->kind == "date");
  CHECK(Find("khẩn trương công bố; báo cáo UBND tỉnh trước ngày 15/8/2025.")->kind == "date");
  CHECK(Find("tổng hợp báo cáo thường xuyên, định kỳ hằng tuần")->kind == "recurring");
  CHECK(Find("Khẩn trương xây dựng sổ tay; liên tục cập nhật")->kind == "asap");
  CHECK(Find("thường xuyên, liên tục, hằng ngày")->every == "day");
}

TEST_CASE("DeadlineParser: text with no time in it has no deadline") {
  CHECK_FALSE(Find("Tiếp tục đề cao cảnh giác, tuyệt đối không được lơ là, chủ quan với dịch bệnh."));
  CHECK_FALSE(Find(""));
  CHECK_FALSE(Find("trực cấp cứu khi có yêu cầu, dịp Tết"));
}

TEST_CASE("DeadlineParser: reads table cells such as 'Quý II/2024', 'Tháng 6/2024', 'Trước 30/9/2024'") {
  auto q = Cell("Quý II/2024");
  REQUIRE(q);
  CHECK(q->kind == "period");
  CHECK(q->date == "2024-06-30");
  CHECK(q->text == "Quý II/2024");
  CHECK(Cell("Tháng 6/2024")->date == "2024-06-30");
  CHECK(Cell("Tháng 6")->date == "2024-06-30");
  CHECK(Cell("Tháng 11/2024")->date == "2024-11-30");
  CHECK(Cell("Năm 2024")->date == "2024-12-31");
  CHECK(Cell("2024")->date == "2024-12-31");
  CHECK(Cell("Quý IV/2024")->date == "2024-12-31");
  auto b = Cell("Trước 30/9/2024");
  REQUIRE(b);
  CHECK(b->kind == "date");
  CHECK(b->date == "2024-09-30");
  CHECK(Cell("30/9/2024")->kind == "date");
  CHECK(Cell(" Thường xuyên ")->kind == "ongoing");
  CHECK(Cell(" Thường xuyên ")->text == "Thường xuyên");
  CHECK(Cell("Hằng năm")->every == "year");
  CHECK(Cell("6 tháng đầu năm")->date == "2024-06-30");
  CHECK_FALSE(Cell(""));
  CHECK_FALSE(Cell("Sở TT&TT"));
}

TEST_CASE("DeadlineParser: never hangs or crashes on hostile text") {
  std::string big(200000, '9');
  big += "/";
  CHECK_FALSE(Find(big));
  std::string noise;
  for (int i = 0; i < 20000; ++i) noise += "trước ngày ";
  CHECK_FALSE(Find(noise));
  std::string bytes;
  for (int i = 0; i < 5000; ++i) bytes.push_back(static_cast<char>((i * 131) % 256));
  (void)Find(bytes);
  CHECK_FALSE(Find("trong thời hạn 999 ngày làm việc kể từ", Date{2021, 1, 1}) == std::nullopt);
}

TEST_CASE("DeadlineParser: a programme named 'nông thôn mới năm 2023' does not recur yearly") {
  // "mới" (new) folds like "mỗi" (each); a unit followed by its number is one period.
  CHECK(Find("phân bổ nguồn vốn Chương trình xây dựng nông thôn mới năm 2023 cho các xã.") ==
        std::nullopt);
  CHECK(Find("xây dựng nông thôn mới năm nay") == std::nullopt);
  auto every = [](std::string_view t) {
    auto d = Find(t);
    return d ? d->every : std::string("(none)");
  };
  CHECK(every("báo cáo mỗi tháng một lần") == "month");
  CHECK(every("BÁO CÁO HÀNG QUÝ") == "quarter");
  CHECK(every("bao cao hang nam (OCR mat dau)") == "year");
}

TEST_CASE("DeadlineParser: OCR's 'l' for '1' in the day of a full date") {
  auto d = Find("mở đợt kiểm tra từ ngày 01/3/2025 đến ngày 3l/3/2025", Date{2025, 2, 20});
  REQUIRE(d);
  CHECK(d->kind == "period");
  CHECK(d->date == "2025-03-31");
  CHECK(Find("trước ngày l5/4/2025", Date{2025, 2, 20})->date == "2025-04-15");
}

TEST_CASE("DeadlineParser: 'những tháng cuối năm' names the months a plan covers, no deadline") {
  CHECK_FALSE(Find("Nhiệm vụ trọng tâm những tháng cuối năm 2025", Date{2025, 9, 1}));
  CHECK(Find("hoàn thành cuối năm 2025", Date{2025, 9, 1})->date == "2025-12-31");
}

TEST_CASE("DeadlineParser: 'theo chức năng, nhiệm vụ thường xuyên kiểm tra' is ongoing") {
  auto d = Find("Phòng Y tế theo chức năng, nhiệm vụ thường xuyên kiểm tra các cơ sở.");
  REQUIRE(d);
  CHECK(d->kind == "ongoing");
  CHECK_FALSE(Find("Bố trí đủ kinh phí thực hiện các nhiệm vụ thường xuyên của đơn vị."));
}

}  // namespace
}  // namespace chidao

namespace chidao {
namespace {

TEST_CASE("DeadlineParser: a year-less date in a yearly recurrence is the day it falls due") {
  auto d = Find("Định kỳ hằng năm, trước ngày 15 tháng 4, Sở Nội vụ báo cáo UBND tỉnh.", Date{2025, 9, 3});
  REQUIRE(d);
  CHECK(d->kind == "recurring");
  CHECK(d->every == "year");
  // A year given names one date; a yearly phrase in another clause does not reach it.
  CHECK(Find("Định kỳ hằng năm, trước ngày 15/4/2026 báo cáo.", Date{2025, 9, 3})->kind == "date");
  CHECK(Find("Tổng kết hằng năm; trước ngày 15/10 gửi báo cáo.", Date{2025, 9, 3})->kind == "date");
}


TEST_CASE("DeadlineParser: a yearly recurrence makes a year-less date yearly only when it "
          "follows the date or opens the clause") {
  // kDoc is in 2021.
  auto yearly = Find("Định kỳ hằng năm, trước ngày 20 tháng 5, các đơn vị gửi báo cáo");
  REQUIRE(yearly);
  CHECK(yearly->kind == "recurring");
  CHECK(yearly->every == "year");
  auto after = Find("Các sở gửi báo cáo trước ngày 15/01 hằng năm");
  REQUIRE(after);
  CHECK(after->every == "year");
  // "hằng năm" qualifying another noun leaves the date one date.
  auto once = Find("Tổ chức sơ kết việc thực hiện, lồng ghép với hội nghị tổng kết hằng năm, "
                   "hoàn thành trước ngày 30/11.");
  REQUIRE(once);
  CHECK(once->kind == "date");
  CHECK(once->date == "2021-11-30");
}

TEST_CASE("DeadlineParser: 'trong tháng cuối năm 2024' is a deadline, 'những tháng cuối năm "
          "2024' the months a plan covers") {
  auto d = Find("Hoàn thành việc rà soát trong tháng cuối năm 2024");
  REQUIRE(d);
  CHECK(d->date == "2024-12-31");
  CHECK_FALSE(Find("Tập trung tuyên truyền trong những tháng cuối năm 2024"));
}

TEST_CASE("DeadlineParser: recurrences read across any white space, tabs and runs included") {
  CHECK(Find("Báo cáo 6 tháng một\tlần về Sở")->every == "half-year");
  CHECK(Find("gửi báo cáo vào tháng  cuối quý")->every == "quarter");
}

TEST_CASE("DeadlineParser: the regular duties a body is given are no ongoing deadline") {
  CHECK_FALSE(Find("Các cơ quan, đơn vị thực hiện tốt chức năng, nhiệm vụ thường xuyên được giao"));
  CHECK_FALSE(Find("Bảo đảm các nhiệm vụ thường xuyên của ngành"));
  CHECK(Find("Sở Y tế thường xuyên kiểm tra các cơ sở")->kind == "ongoing");
}

TEST_CASE("DeadlineParser: a deadline cell that is a range of years runs to the end of the last") {
  auto d = Cell("2026 - 2027", Date{2026, 2, 24});
  REQUIRE(d);
  CHECK(d->kind == "period");
  CHECK(d->date == "2027-12-31");
  CHECK(d->text == "2026 - 2027");
  CHECK(Cell("Giai đoạn 2026-2030", Date{2026, 2, 24})->date == "2030-12-31");
}

}  // namespace
}  // namespace chidao
