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
