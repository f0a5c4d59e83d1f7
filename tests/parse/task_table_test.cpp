// Appendix task tables whatever separates their cells: " | " (converted layouts), tabs (text
// copied from Word) and runs of spaces (`pdftotext -layout`), through the string entry point.
#include <string>
#include <vector>

#include "chidao/parse.h"
#include "support/test_util.h"

namespace {

using chidao::Directive;
using chidao::ParseDirectiveText;
using chidao::Task;
using V = std::vector<std::string>;

V Names(const std::vector<chidao::BodyRef>& refs) {
  V out;
  for (const auto& r : refs) out.push_back(r.name);
  return out;
}

// The same two-row table under each separator gives the same tasks, first in `tasks`.
void CheckTwoRows(const std::vector<Task>& tasks) {
  REQUIRE(tasks.size() >= 2);
  const Task& a = tasks[0];
  CHECK(a.section == "Phụ lục.1");
  CHECK(a.text == "Xây dựng cơ sở dữ liệu đất đai");
  CHECK(Names(a.lead) == V{"Sở Tài nguyên và Môi trường"});
  CHECK(Names(a.support) == V{"Công an tỉnh", "UBND cấp huyện"});
  REQUIRE(a.deadline);
  CHECK(a.deadline->date == chidao::Date{2024, 9, 30});
  const Task& b = tasks[1];
  CHECK(b.section == "Phụ lục.2");
  CHECK(b.text == "Rà soát thủ tục hành chính");
  CHECK(Names(b.lead) == V{"Sở Nội vụ"});
  CHECK(b.support.empty());
  REQUIRE(b.deadline);
  CHECK(b.deadline->date == chidao::Date{2024, 12, 31});
}

}  // namespace

TEST_CASE("TaskTable: cells separated by ' | ' are read by header name") {
  Directive d = ParseDirectiveText(
      "PHỤ LỤC\n"
      "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
      "|---|---|---|---|---|\n"
      "| 1 | Xây dựng cơ sở dữ liệu đất đai | Sở TN&MT | Công an tỉnh; UBND cấp huyện | Trước 30/9/2024 |\n"
      "| 2 | Rà soát thủ tục hành chính | Sở Nội vụ | | Tháng 12/2024 |\n");
  CHECK(d.tasks.size() == 2);
  CheckTwoRows(d.tasks);
}

TEST_CASE("TaskTable: cells separated by tabs, as copied from Word, keep their empty cells") {
  Directive d = ParseDirectiveText(
      "PHỤ LỤC\n"
      "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
      "1\tXây dựng cơ sở dữ liệu đất đai\tSở TN&MT\tCông an tỉnh; UBND cấp huyện\tTrước 30/9/2024\n"
      "2\tRà soát thủ tục hành chính\tSở Nội vụ\t\tTháng 12/2024\n");
  CHECK(d.tasks.size() == 2);
  CheckTwoRows(d.tasks);
}

TEST_CASE("TaskTable: cells separated by runs of spaces, as from pdftotext -layout, wrap in their column") {
  Directive d = ParseDirectiveText(
      "PHỤ LỤC\n"
      "STT  Nội dung nhiệm vụ           Cơ quan chủ trì   Cơ quan phối hợp   Thời gian hoàn thành\n"
      " 1   Xây dựng cơ sở dữ liệu      Sở TN&MT          Công an tỉnh;      Trước 30/9/2024\n"
      "     đất đai                                       UBND cấp huyện\n"
      "\n"
      " 2   Rà soát thủ tục hành chính  Sở Nội vụ                            Tháng 12/2024\n"
      "\n"
      "Các sở, ngành báo cáo kết quả về Sở Nội vụ.\n");
  // Were the paragraph after the table read as a row, it would continue row 2's text.
  CheckTwoRows(d.tasks);
}

TEST_CASE("TaskTable: a sentence with double spaces is no table header") {
  Directive d = ParseDirectiveText(
      "1. Sở Nội vụ chủ trì  thực hiện nhiệm vụ  phối hợp với Sở Tài chính  hoàn thành trong tháng 12/2024.\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(Names(d.tasks[0].lead) == V{"Sở Nội vụ"});
}

// A `pdftotext -layout` table as printed: centred header words wrapped over two lines, cells
// wrapped under their column, a deadline centred on a row's second line, a page break with
// its page number and the header row repeated in the middle of a row. Four columns, no
// support column, and every width different from the five-column table below.
TEST_CASE("TaskTable: a four-column layout table with a wrapped header is read one task per numbered row") {
  const std::string table =
      "                              PHỤ LỤC\n"
      "\n"
      " TT          Nhiệm vụ                    Đơn vị          Thời\n"
      "                                         chủ trì         hạn\n"
      " 1   Xây dựng quy chế phối hợp giữa    Sở Nội vụ       Quý II/2025\n"
      "     các sở, ngành trong cải cách\n"
      "     hành chính\n"
      " 2   Kiểm tra việc thực hiện quy chế   Thanh tra\n"
      "     tại các huyện, thị xã             tỉnh            Tháng 10/2025\n"
      "\f                                    5\n"
      "\n"
      " TT          Nhiệm vụ                    Đơn vị          Thời\n"
      "                                         chủ trì         hạn\n"
      "     và báo cáo kết quả\n"
      " 3   Đánh giá chỉ số cải cách hành     Sở Nội vụ;      Hằng năm\n"
      "     chính cấp huyện                   Văn phòng\n"
      "                                       UBND tỉnh\n";
  Directive d = ParseDirectiveText(table);
  REQUIRE(d.tasks.size() == 3);
  CHECK(d.tasks[0].text == "Xây dựng quy chế phối hợp giữa các sở, ngành trong cải cách hành chính");
  CHECK(Names(d.tasks[0].lead) == V{"Sở Nội vụ"});
  CHECK(d.tasks[0].support.empty());
  REQUIRE(d.tasks[0].deadline);
  CHECK(d.tasks[0].deadline->date == chidao::Date{2025, 6, 30});
  CHECK(d.tasks[1].text ==
        "Kiểm tra việc thực hiện quy chế tại các huyện, thị xã và báo cáo kết quả");
  CHECK(Names(d.tasks[1].lead) == V{"Thanh tra tỉnh"});
  REQUIRE(d.tasks[1].deadline);
  CHECK(d.tasks[1].deadline->date == chidao::Date{2025, 10, 31});
  CHECK(d.tasks[2].text == "Đánh giá chỉ số cải cách hành chính cấp huyện");
  CHECK(Names(d.tasks[2].lead) == V{"Sở Nội vụ", "Văn phòng UBND tỉnh"});
  REQUIRE(d.tasks[2].deadline);
  CHECK(d.tasks[2].deadline->kind == chidao::DeadlineKind::kRecurring);
}

// Five columns with group rows (one wrapped), a row whose support cell is empty and bodies
// listed with "," and ";" in one cell; the table is indented and ends at a paragraph, which
// row 3's cells do not take in.
TEST_CASE("TaskTable: a five-column layout table maps STT, task, lead, support and deadline columns") {
  const std::string table =
      "PHỤ LỤC\n"
      "    STT   Nội dung công việc             Cơ quan chủ trì      Cơ quan          Thời gian\n"
      "                                                              phối hợp         thực hiện\n"
      "    I     Nhóm nhiệm vụ về hạ tầng giao\n"
      "          thông nông thôn\n"
      "    1     Rà soát hiện trạng đường       Sở Giao thông vận    UBND các         Trước ngày\n"
      "          giao thông nông thôn           tải                  huyện; Sở Tài    30/6/2025\n"
      "                                                              chính\n"
      "    2     Lập danh mục công trình ưu     Sở Kế hoạch và Đầu                    Tháng 8/2025\n"
      "          tiên đầu tư                    tư\n"
      "    II    Nhóm nhiệm vụ về tuyên truyền\n"
      "    3     Tuyên truyền trên các phương   Sở Thông tin và      Công an tỉnh,    Thường xuyên\n"
      "          tiện thông tin đại chúng       Truyền thông         Tỉnh đoàn\n"
      "\n"
      "Các sở, ngành báo cáo kết quả thực hiện về Sở Kế hoạch và Đầu tư trước ngày 15/12/2025 để tổng hợp.\n";
  Directive d = ParseDirectiveText(table);
  REQUIRE(d.tasks.size() >= 3);
  const Task& a = d.tasks[0];
  CHECK(a.section == "Phụ lục.I.1");
  CHECK(a.text == "Rà soát hiện trạng đường giao thông nông thôn");
  CHECK(Names(a.lead) == V{"Sở Giao thông Vận tải"});
  CHECK(Names(a.support) == V{"UBND các huyện", "Sở Tài chính"});
  REQUIRE(a.deadline);
  CHECK(a.deadline->date == chidao::Date{2025, 6, 30});
  const Task& b = d.tasks[1];
  CHECK(b.section == "Phụ lục.I.2");
  CHECK(b.text == "Lập danh mục công trình ưu tiên đầu tư");
  CHECK(Names(b.lead) == V{"Sở Kế hoạch và Đầu tư"});
  CHECK(b.support.empty());
  const Task& c = d.tasks[2];
  CHECK(c.section == "Phụ lục.II.3");
  CHECK(c.text == "Tuyên truyền trên các phương tiện thông tin đại chúng");
  CHECK(Names(c.lead) == V{"Sở Thông tin và Truyền thông"});
  CHECK(Names(c.support) == V{"Công an tỉnh", "Tỉnh đoàn"});
  REQUIRE(c.deadline);
  CHECK(c.deadline->kind == chidao::DeadlineKind::kOngoing);
}

TEST_CASE("TaskTable: a tab row whose cell holds a line break goes on on the next line") {
  Directive d = ParseDirectiveText(
      "PHỤ LỤC\n"
      "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
      "1\tCập nhật bản đồ ngập lụt\tSở Xây dựng\tCông an tỉnh;\n"
      "UBND các xã\tTrước ngày 15/5/2025\n"
      "2\tKiểm tra hồ đập\tSở Nông nghiệp và Môi trường\t\tTháng 6/2025\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(d.tasks[0].text == "Cập nhật bản đồ ngập lụt");
  CHECK(Names(d.tasks[0].support) == V{"Công an tỉnh", "UBND các xã"});
  REQUIRE(d.tasks[0].deadline);
  CHECK(d.tasks[0].deadline->date->Iso() == "2025-05-15");
  CHECK(d.tasks[1].text == "Kiểm tra hồ đập");
}

TEST_CASE("TaskTable: a lettered row under a short group row is a row of its own, not its tail") {
  Directive d = ParseDirectiveText(
      "PHỤ LỤC\n"
      "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
      "I\tCÔNG TÁC CHỈ ĐẠO\n"
      "a\tBan hành kế hoạch triển khai\tVăn phòng UBND tỉnh\n"
      "1\tNhóm nhiệm vụ tuyên truyền\n"
      "b\tTổ chức hội nghị quán triệt\tSở Nội vụ\n");
  bool found_a = false, found_b = false;
  for (const Task& t : d.tasks) {
    if (t.text == "Ban hành kế hoạch triển khai") {
      found_a = true;
      CHECK(Names(t.lead) == V{"Văn phòng UBND tỉnh"});
    }
    if (t.text == "Tổ chức hội nghị quán triệt") {
      found_b = true;
      CHECK(Names(t.lead) == V{"Sở Nội vụ"});
    }
  }
  CHECK(found_a);
  CHECK(found_b);
}

TEST_CASE("TaskTable: an HTML line break inside a cell separates its bodies as ';' does") {
  Directive d = ParseDirectiveText(
      "PHỤ LỤC\n"
      "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
      "|---|---|---|---|---|\n"
      "| 1 | Rà soát quy trình<br>nội bộ | Sở Nội vụ | Các sở, ban, ngành;<br>Sở Tư pháp | Quý II/2026 |\n"
      "| 2 | Cập nhật dữ liệu | Sở Tư pháp | Công an tỉnh<BR/>Sở Y tế | Năm 2026 |\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(d.tasks[0].text == "Rà soát quy trình nội bộ");
  CHECK(Names(d.tasks[0].support) == V{"các sở, ban, ngành", "Sở Tư pháp"});
  CHECK(Names(d.tasks[1].support) == V{"Công an tỉnh", "Sở Y tế"});
  // A "<" that opens no tag ("< 5%") leaves later breaks read; the space around one is one.
  Directive e = ParseDirectiveText(
      "PHỤ LỤC\n"
      "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n"
      "|---|---|---|---|\n"
      "| 1 | Giảm tỷ lệ suy dinh dưỡng < 5% ở trẻ em <br> dưới 5 tuổi | Sở Y tế | Quý II/2026 |\n");
  REQUIRE(e.tasks.size() == 1);
  CHECK(e.tasks[0].text == "Giảm tỷ lệ suy dinh dưỡng < 5% ở trẻ em dưới 5 tuổi");
}

TEST_CASE("TaskTable: the row numbering the columns under the header is no task") {
  Directive d = ParseDirectiveText(
      "PHỤ LỤC\n"
      "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
      "|---|---|---|---|---|\n"
      "| (1) | (2) | (3) | (4) | (5) |\n"
      "| 1 | Xây dựng cơ sở dữ liệu đất đai | Sở TN&MT | Công an tỉnh; UBND cấp huyện | Trước 30/9/2024 |\n"
      "| 2 | Rà soát thủ tục hành chính | Sở Nội vụ | | Tháng 12/2024 |\n");
  CHECK(d.tasks.size() == 2);
  CheckTwoRows(d.tasks);
}
