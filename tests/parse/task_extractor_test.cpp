// Task rules (tests/gold/README.md) on small directives written for each rule, through the
// string entry point.
#include <random>
#include <string>
#include <vector>

#include "chidao/parse.h"
#include "support/test_util.h"

namespace {

using chidao::Directive;
using chidao::ParseDirectiveText;
using chidao::Task;

std::vector<std::string> Leads(const Task& t) {
  std::vector<std::string> out;
  for (const auto& b : t.lead) out.push_back(b.name);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("TaskExtractor: a body heading heads the bullets below it, one task per bullet") {
  Directive d = ParseDirectiveText(
      "II. TỔ CHỨC THỰC HIỆN\n"
      "1. Sở Y tế\n"
      "- Chủ trì, phối hợp với các địa phương tổ chức tiêm vắc xin.\n"
      "- Báo cáo UBND tỉnh kết quả thực hiện.\n"
      "2. Công an tỉnh chủ trì bảo đảm an ninh trật tự.\n");
  REQUIRE(d.tasks.size() == 3);
  CHECK(d.tasks[0].section == "II.1");
  CHECK(d.tasks[0].text == "Chủ trì, phối hợp với các địa phương tổ chức tiêm vắc xin.");
  CHECK(Leads(d.tasks[0]) == V{"Sở Y tế"});
  REQUIRE(d.tasks[0].support.size() == 1);
  CHECK(d.tasks[0].support[0].name == "các địa phương");
  CHECK(Leads(d.tasks[1]) == V{"Sở Y tế"});  // "báo cáo UBND tỉnh": UBND tỉnh is neither
  CHECK(d.tasks[2].section == "II.2");
  CHECK(Leads(d.tasks[2]) == V{"Công an tỉnh"});
}

TEST_CASE("TaskExtractor: objectives, recitals and background are not tasks") {
  Directive d = ParseDirectiveText(
      "Căn cứ Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ;\n"
      "UBND tỉnh ban hành Kế hoạch như sau:\n"
      "I. MỤC ĐÍCH, YÊU CẦU\n"
      "1. Mục đích\n"
      "- Nâng cao chất lượng phục vụ người dân.\n"
      "2. Yêu cầu\n"
      "- Các nhiệm vụ phải cụ thể.\n"
      "II. NHIỆM VỤ\n"
      "1. Tăng cường kiểm tra, giám sát.\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(d.tasks[0].section == "II.1");
  CHECK(d.tasks[0].lead.empty());
}

TEST_CASE("TaskExtractor: an earlier act told with 'Trước đó' is background, not a task") {
  Directive d = ParseDirectiveText(
      "UBND tỉnh vừa ban hành Công văn số 5128/UBND-KTN về việc ứng phó triều cường.\n"
      "Theo dự báo, mực nước đỉnh triều vượt báo động III. Trước đó, ngày 24/10/2025, Ban Chỉ "
      "huy Phòng thủ dân sự tỉnh đã ban hành Công điện số 12/CĐ-BCH yêu cầu các địa phương rà "
      "soát phương án bảo vệ đê bao.\n"
      "Sở Xây dựng kiểm tra các tuyến đường giao thông.\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(Leads(d.tasks[0]) == V{"Sở Xây dựng"});
  // Neither dated nor told with "đã": an order for the time before.
  Directive e = ParseDirectiveText(
      "II. NHIỆM VỤ\n"
      "1. Sở Y tế tổng hợp kết quả.\n"
      "2. Trước đó, các đơn vị phải hoàn thành việc rà soát trước ngày 30/11/2025.\n"
      "3. Trước đó, các địa phương rà soát những tồn tại đã được chỉ ra trong đợt kiểm tra.\n");
  REQUIRE(e.tasks.size() == 3);
  CHECK(Leads(e.tasks[1]) == V{"các đơn vị"});
  CHECK(Leads(e.tasks[2]) == V{"các địa phương"});
}

TEST_CASE("TaskExtractor: running prose gives one task per sentence group whose body changes") {
  Directive d = ParseDirectiveText(
      "3. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh bố trí lực lượng sẵn sàng cứu hộ. Bộ Chỉ huy Bộ "
      "đội Biên phòng tỉnh phối hợp với UBND các huyện ven biển kêu gọi tàu thuyền vào bờ.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(Leads(d.tasks[0]) == V{"Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"});
  CHECK(Leads(d.tasks[1]) == V{"Bộ Chỉ huy Bộ đội Biên phòng tỉnh"});
  CHECK(d.tasks[1].section == "3");
}

TEST_CASE("TaskExtractor: the closing instruction is one task of the enclosing section") {
  Directive d = ParseDirectiveText(
      "III. TỔ CHỨC THỰC HIỆN\n"
      "1. Sở Tài chính bố trí kinh phí.\n"
      "2. Sở Nội vụ theo dõi, đôn đốc.\n"
      "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố chịu trách nhiệm tổ "
      "chức thực hiện Kế hoạch này./.\n");
  REQUIRE(d.tasks.size() == 3);
  CHECK(d.tasks[2].section == "III");
  CHECK(Leads(d.tasks[2]) == V{"các sở, ban, ngành", "UBND các huyện, thành phố"});
}

TEST_CASE("TaskExtractor: a Quyết định's articles: only directing paragraphs are tasks") {
  Directive d = ParseDirectiveText(
      "QUYẾT ĐỊNH:\n"
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2023.\n"
      "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
      "Giao Sở Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
      "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Nội vụ, Tư pháp chịu trách nhiệm thi "
      "hành Quyết định này./.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(d.tasks[0].section == "Điều 2");
  CHECK(Leads(d.tasks[0]) == V{"Sở Nội vụ"});
  CHECK(d.tasks[1].section == "Điều 3");
  CHECK(Leads(d.tasks[1]) == V{"Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp"});
}

TEST_CASE("TaskExtractor: approving what the Quyết định attaches is no task; approving as a measure is") {
  Directive d = ParseDirectiveText(
      "QUYẾT ĐỊNH:\n"
      "Điều 1. Phê duyệt Đề án phát triển du lịch cộng đồng kèm theo Quyết định này.\n"
      "Điều 2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức thực hiện Đề án.\n"
      "Điều 3. UBND các huyện:\n"
      "- Phê duyệt danh mục điểm du lịch cộng đồng trước ngày 30/6/2024.\n"
      "- Phê duyệt dự toán các công trình thuộc danh mục kèm theo Quyết định này.\n");
  // The article approves the Đề án it attaches; the bullets approve as measures, the second
  // though it names the attachment (what it approves is no document type).
  REQUIRE(d.tasks.size() == 3);
  CHECK(Leads(d.tasks[2]) == V{"UBND các huyện"});
  CHECK(d.tasks[0].section == "Điều 2");
  CHECK(d.tasks[1].text == "Phê duyệt danh mục điểm du lịch cộng đồng trước ngày 30/6/2024.");
  CHECK(Leads(d.tasks[1]) == V{"UBND các huyện"});
}

TEST_CASE("TaskExtractor: a type line after the signature opens the attached document") {
  // Every type a header can name opens an attached part, "DỰ ÁN" as "KẾ HOẠCH" does: its short
  // numbered items are tasks, not lines of the signature block.
  Directive d = ParseDirectiveText(
      "QUYẾT ĐỊNH:\n"
      "Điều 1. Ban hành kèm theo Quyết định này Dự án nâng cao năng lực phòng cháy.\n"
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
      "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\n"
      "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n\n"
      "DỰ ÁN\n"
      "Nâng cao năng lực phòng cháy\n"
      "1. Sở Y tế chủ trì tập huấn sơ cứu.\n"
      "2. Công an tỉnh kiểm tra cơ sở.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(Leads(d.tasks[0]) == V{"Sở Y tế"});
  CHECK(Leads(d.tasks[1]) == V{"Công an tỉnh"});
}

TEST_CASE("TaskExtractor: 'CHƯƠNG TRÌNH HÀNH ĐỘNG' after the signature opens the attached programme") {
  Directive d = ParseDirectiveText(
      "NGHỊ QUYẾT\nvề phát triển khoa học, công nghệ\n\n"
      "Ban Thường vụ Tỉnh ủy quyết nghị ban hành Chương trình hành động kèm theo.\n\n"
      "Nơi nhận:\n- Ban Bí thư,\n- Lưu VPTU.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn A\n\n"
      "CHƯƠNG TRÌNH HÀNH ĐỘNG\n"
      "thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n"
      "1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì tuyên truyền.\n"
      "2. Đảng đoàn HĐND tỉnh lãnh đạo ban hành cơ chế.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(Leads(d.tasks[0]) == V{"Ban Tuyên giáo và Dân vận Tỉnh ủy"});
}

TEST_CASE("TaskExtractor: 'theo Quy định này' inside an item is no closing of the document") {
  Directive d = ParseDirectiveText(
      "II. NHIỆM VỤ\n"
      "1. Sở Nội vụ kiểm tra việc thực hiện.\n"
      "Việc kiểm tra thực hiện theo Quy định này và báo cáo UBND tỉnh trước ngày 15/7/2025.\n"
      "2. Sở Xây dựng chủ trì rà soát.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(d.tasks[0].section == "II.1");
  REQUIRE(d.tasks[0].deadline);
  CHECK(d.tasks[0].deadline->date->Iso() == "2025-07-15");
}

TEST_CASE("TaskExtractor: lettered items under a heading body, Vietnamese letter order") {
  Directive d = ParseDirectiveText(
      "1. Chủ tịch UBND các huyện, thành phố, thị xã:\n"
      "a) Theo dõi chặt chẽ diễn biến của bão.\n"
      "d) Tổ chức kiểm soát giao thông.\n"
      "đ) Chỉ đạo thu hoạch sớm lúa hè thu.\n");
  REQUIRE(d.tasks.size() == 3);
  CHECK(d.tasks[2].section == "1.đ");
  CHECK(Leads(d.tasks[2]) == V{"UBND các huyện, thành phố, thị xã"});
}

TEST_CASE("TaskTable: appendix rows become tasks with columns mapped by header name") {
  Directive d = ParseDirectiveText(
      "PHỤ LỤC\n"
      "| STT | Cơ quan phối hợp | Nội dung nhiệm vụ | Thời gian hoàn thành | Cơ quan chủ trì |\n"
      "|---|---|---|---|---|\n"
      "| I | | Nhóm nhiệm vụ hạ tầng | | |\n"
      "| 1 | Công an tỉnh; UBND cấp huyện | Xây dựng cơ sở dữ liệu đất đai | Trước 30/9/2024 | Sở TN&MT |\n");
  REQUIRE(d.tasks.size() == 1);
  const Task& t = d.tasks[0];
  CHECK(t.section == "Phụ lục.I.1");
  CHECK(t.text == "Xây dựng cơ sở dữ liệu đất đai");
  CHECK(Leads(t) == V{"Sở Tài nguyên và Môi trường"});
  REQUIRE(t.support.size() == 2);
  CHECK(t.support[1].name == "UBND cấp huyện");
  REQUIRE(t.deadline);
  CHECK(t.deadline->date == chidao::Date{2024, 9, 30});
}

TEST_CASE("TaskExtractor: web-article boilerplate is never a task") {
  Directive d = ParseDirectiveText(
      "Tin tức  Chính trị  Kinh tế  Xã hội  Thể thao\n"
      "04/07/2025 10:15 | 2.317 lượt xem\n"
      "Sở Y tế chủ trì, phối hợp với các địa phương tổ chức tiêm chủng.\n"
      "Phó Chủ tịch UBND tỉnh kiểm tra công tác tiêm chủng tại huyện\n"
      "Ý kiến bạn đọc\n"
      "1. Tăng cường kiểm tra an toàn thực phẩm dịp Tết\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(Leads(d.tasks[0]) == V{"Sở Y tế"});
}

TEST_CASE("TaskExtractor: hard-wrapped lines are rejoined, page furniture dropped") {
  std::string text;
  for (int i = 1; i <= 3; ++i) {
    text += std::to_string(i) + ". Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, kiểm\n"
            "tra công tác văn thư, lưu trữ tại các sở, ban, ngành, UBND các huyện, thành\n"
            "phố; kiểm tra ít nhất 10 cơ quan, đơn vị trong năm 2019 và báo cáo kết quả.\n";
  }
  text += "\n                2\nChỉ thị số 12/CT-UBND ngày 20/8/2019 của UBND tỉnh Kiên Giang\n";
  text += "4. Sở Tài chính căn cứ khả năng ngân sách, tham mưu bố trí kinh phí cho việc xây dựng\n"
          "kho lưu trữ chuyên dụng.\n";
  Directive d = ParseDirectiveText(text);
  REQUIRE(d.tasks.size() == 4);
  CHECK(d.tasks[0].text.find("kiểm tra công tác") != std::string::npos);
  CHECK(d.tasks[3].text == "Sở Tài chính căn cứ khả năng ngân sách, tham mưu bố trí kinh phí cho "
                           "việc xây dựng kho lưu trữ chuyên dụng.");
}

TEST_CASE("TaskExtractor: spans point at the task's text in the document") {
  std::string text = "1. Sở Y tế chủ trì tổ chức tiêm vắc xin.\n";
  Directive d = ParseDirectiveText(text);
  REQUIRE(d.tasks.size() == 1);
  const auto& s = d.tasks[0].span;
  CHECK(s.page == 1);
  CHECK(text.substr(s.start, s.end - s.start) == "Sở Y tế chủ trì tổ chức tiêm vắc xin.");
}

TEST_CASE("TaskExtractor: 10,000 nested list levels neither crash nor recurse", "[robust]") {
  std::string text;
  const char* markers[] = {"I. ", "1. ", "a) ", "- ", "+ ", "• "};
  for (int i = 0; i < 10000; ++i) {
    text += std::string(static_cast<std::size_t>(i % 40), ' ') + markers[i % 6] +
            "Tăng cường kiểm tra nội dung số " + std::to_string(i) + ".\n";
  }
  Directive d = ParseDirectiveText(text);
  CHECK(!d.tasks.empty());
}

TEST_CASE("TaskExtractor: arbitrary bytes never crash the parser", "[robust]") {
  std::mt19937 rng(42);
  const std::string alphabet = "aăâđêôơư ÁÀẢẠỸ|-+•.,;:()\n\t0123456789IVXSởUBNDcác/";
  for (int round = 0; round < 200; ++round) {
    std::string text;
    std::size_t n = rng() % 2000;
    for (std::size_t i = 0; i < n; ++i) {
      if (rng() % 7 == 0) text.push_back(static_cast<char>(rng() % 256));
      else text.push_back(alphabet[rng() % alphabet.size()]);
    }
    Directive d = ParseDirectiveText(text);
    for (const Task& t : d.tasks) CHECK(t.span.end >= t.span.start);
  }
}

TEST_CASE("TaskExtractor: an item's headline naming no body joins the paragraph that names it") {
  Directive d = ParseDirectiveText(
      "1. Tăng cường sự lãnh đạo, chỉ đạo đối với công tác phòng cháy, chữa cháy\n"
      "Các cấp ủy, tổ chức đảng xác định phòng cháy, chữa cháy là nhiệm vụ quan trọng.\n"
      "2. Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(d.tasks[0].section == "1");
  CHECK(d.tasks[0].text.find("Các cấp ủy") != std::string::npos);
  CHECK(Leads(d.tasks[0]) == V{"các cấp ủy, tổ chức đảng"});
  // A headline that has its body keeps it: a paragraph naming another body is its own task.
  Directive e = ParseDirectiveText(
      "1. Sở Y tế tăng cường kiểm tra.\n"
      "Sở Công Thương phối hợp kiểm soát thị trường.\n"
      "2. Sở Tài chính bố trí kinh phí.\n");
  CHECK(e.tasks.size() == 3);
}

TEST_CASE("TaskExtractor: a Party document's order to pass it down is a task; 'thông báo để biết' is not") {
  Directive d = ParseDirectiveText(
      "1. Các chi bộ tổ chức quán triệt Chỉ thị.\n"
      "2. Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện.\n\n"
      "Chỉ thị này phổ biến đến chi bộ.\n");
  REQUIRE(d.tasks.size() == 3);
  CHECK(d.tasks[2].text == "Chỉ thị này phổ biến đến chi bộ.");
  CHECK(d.tasks[2].lead.empty());
  Directive tb = ParseDirectiveText(
      "1. Giao Sở Y tế chủ trì tổ chức tiêm vắc xin.\n"
      "2. Giao Sở Tài chính bố trí kinh phí.\n\n"
      "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.\n");
  REQUIRE(tb.tasks.size() == 2);
  CHECK(Leads(tb.tasks[1]) == V{"Sở Tài chính"});
}

TEST_CASE("TaskExtractor: the pass-down order may say 'được' and name any type of document") {
  for (const char* closing : {"Chỉ thị này được phổ biến đến chi bộ và đảng viên.",
                              "Chương trình hành động này được phổ biến đến chi bộ và đảng viên.",
                              "Kế hoạch này được quán triệt đến cán bộ, đảng viên."}) {
    Directive d = ParseDirectiveText(
        "1. Các chi bộ tổ chức quán triệt Nghị quyết.\n"
        "2. Văn phòng Đảng ủy xã theo dõi, đôn đốc việc thực hiện.\n\n" +
        std::string(closing) + "\n");
    REQUIRE(d.tasks.size() == 3);
    CHECK(d.tasks[2].text == closing);
    CHECK(d.tasks[2].lead.empty());
    CHECK(d.tasks[1].text == "Văn phòng Đảng ủy xã theo dõi, đôn đốc việc thực hiện.");
  }
}

TEST_CASE("TaskExtractor: the pass-down order inside an item takes no body from the lead-in") {
  Directive d = ParseDirectiveText(
      "Ban Thường vụ Thành ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền thực hiện tốt các "
      "nhiệm vụ sau:\n\n"
      "1. Tăng cường công tác tuyên truyền về trật tự đô thị.\n\n"
      "2. Chỉ thị này phổ biến đến chi bộ. Văn phòng Thành ủy theo dõi, đôn đốc việc thực hiện.\n");
  REQUIRE(d.tasks.size() == 3);
  CHECK(d.tasks[1].text == "Chỉ thị này phổ biến đến chi bộ.");
  CHECK(d.tasks[1].lead.empty());
  CHECK(Leads(d.tasks[2]) == V{"Văn phòng Thành ủy"});
}

TEST_CASE("TaskExtractor: a pointer to the appendix is not a task; its rows are") {
  const std::string table =
      "PHỤ LỤC\n"
      "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n"
      "|---|---|---|---|\n"
      "| 1 | Rà soát quy trình nội bộ | Sở Nội vụ | Quý II/2026 |\n";
  Directive d = ParseDirectiveText(
      "1. Giao Sở Y tế chủ trì tổ chức tiêm vắc xin.\n\n"
      "2. Giao các phòng, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Thông báo này.\n\n"
      "- Căn cứ Kế hoạch này và nhiệm vụ được phân công tại Phụ lục, xây dựng kế hoạch của "
      "đơn vị.\n\n" + table);
  REQUIRE(d.tasks.size() == 3);
  CHECK(Leads(d.tasks[0]) == V{"Sở Y tế"});
  CHECK(d.tasks[1].text.rfind("Căn cứ Kế hoạch này", 0) == 0);
  CHECK(d.tasks[2].text == "Rà soát quy trình nội bộ");
  // A numbered appendix, or several.
  for (const char* pointer : {"2. Giao các sở thực hiện các nhiệm vụ tại Phụ lục I kèm theo Kế hoạch này.\n\n",
                              "2. Các sở thực hiện nhiệm vụ tại các Phụ lục số 01, 02.\n\n",
                              "2. Các sở thực hiện nhiệm vụ tại Phụ lục II và III kèm theo Quyết định này.\n\n"}) {
    Directive n = ParseDirectiveText(std::string(pointer) + table);
    REQUIRE(n.tasks.size() == 1);
    CHECK(n.tasks[0].text == "Rà soát quy trình nội bộ");
  }
}

TEST_CASE("TaskExtractor: a pointer to an appendix the text does not hold is the task") {
  // The appendix came as a separate file, or the scan lost it: the pointer is all there is.
  Directive d = ParseDirectiveText(
      "1. Giao Sở Y tế chủ trì tổ chức tiêm vắc xin.\n\n"
      "2. Giao các phòng, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Thông báo này.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(Leads(d.tasks[1]) == V{"các phòng, đơn vị"});
  // A table that holds no tasks (targets, a header set in pipes) is no appendix of tasks.
  Directive targets = ParseDirectiveText(
      "| Chỉ tiêu | Năm 2026 |\n|---|---|\n| Tỷ lệ tiêm chủng | 95% |\n\n"
      "1. Giao các phòng, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Thông báo này.\n");
  REQUIRE(targets.tasks.size() == 1);
  CHECK(Leads(targets.tasks[0]) == V{"các phòng, đơn vị"});
}

TEST_CASE("TaskExtractor: 'UBND tỉnh cũng đề nghị X' makes X the lead") {
  Directive d = ParseDirectiveText(
      "UBND tỉnh cũng đề nghị Ủy ban MTTQ Việt Nam tỉnh tuyên truyền, vận động hội viên đưa "
      "chó, mèo đi tiêm phòng.\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(Leads(d.tasks[0]) == V{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"});
  // Acting itself, "cũng" or not, the issuer leads.
  Directive acts = ParseDirectiveText("UBND tỉnh cũng chỉ đạo các sở tăng cường kiểm tra.\n");
  REQUIRE(acts.tasks.size() == 1);
  CHECK(Leads(acts.tasks[0]) == V{"UBND tỉnh"});
}

TEST_CASE("TaskExtractor: a propaganda plan's topics and slogans are not tasks") {
  Directive d = ParseDirectiveText(
      "II. NỘI DUNG TUYÊN TRUYỀN\n"
      "- Ý nghĩa lịch sử của Chiến dịch Tây Nguyên.\n"
      "- Thành tựu phát triển kinh tế - xã hội của huyện.\n"
      "III. TỔ CHỨC THỰC HIỆN\n"
      "1. Ban Tuyên giáo và Dân vận Huyện ủy biên soạn đề cương tuyên truyền.\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(d.tasks[0].section == "III.1");
}

TEST_CASE("TaskExtractor: a plan's scope section (time and area) holds no tasks") {
  Directive d = ParseDirectiveText(
      "II. THỜI GIAN VÀ ĐỊA BÀN THỰC HIỆN\n"
      "1. Thời gian: từ ngày 01/4/2025 đến hết ngày 30/6/2025.\n"
      "2. Địa bàn: các xã vùng cao, khu vực giáp ranh.\n"
      "III. TỔ CHỨC THỰC HIỆN\n"
      "1. Công an tỉnh chủ trì kiểm tra, xử lý vi phạm.\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(d.tasks[0].section == "III.1");
}

TEST_CASE("TaskExtractor: whom a body answers to is no task of its own") {
  Directive d = ParseDirectiveText(
      "UBND các huyện tổ chức kiểm tra các điểm trông giữ trẻ, hoàn thành trước ngày 30/6/2025. "
      "Chủ tịch UBND các xã chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra mất an toàn.\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(Leads(d.tasks[0]) == V{"UBND các huyện"});
}

TEST_CASE("TaskExtractor: some of the places a committee heading names are that committee") {
  Directive d = ParseDirectiveText(
      "II. NHIỆM VỤ\n"
      "1. Chủ tịch UBND các huyện, thị xã:\n"
      "a) Tổ chức rà soát các điểm sạt lở.\n"
      "b) Các huyện miền núi bố trí lực lượng trực 24/24 giờ.\n"
      "c) Các trường học tổ chức diễn tập sơ tán.\n");
  REQUIRE(d.tasks.size() == 3);
  CHECK(Leads(d.tasks[0]) == V{"UBND các huyện, thị xã"});
  CHECK(Leads(d.tasks[1]) == V{"UBND các huyện, thị xã"});
  CHECK(Leads(d.tasks[2]) == V{"các trường học"});
}

TEST_CASE("TaskExtractor: the issuer's closing formula after the last item continues no item") {
  Directive d = ParseDirectiveText(
      "2. Nhiệm vụ thời gian tới\n"
      "a) Ủy ban Kiểm tra Huyện ủy theo dõi việc thực hiện Thông báo này.\n"
      "Ban Thường vụ Huyện ủy thông báo để các chi bộ, đảng bộ trực thuộc biết, thực hiện.\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(Leads(d.tasks[0]) == V{"Ủy ban Kiểm tra Huyện ủy"});
  CHECK(d.tasks[0].text.find("thông báo để") == std::string::npos);
}

TEST_CASE("TaskExtractor: a body named later by the short name the text gave it is that body") {
  Directive d = ParseDirectiveText(
      "1. Sở Tài chính chủ trì, phối hợp với Sở Xây dựng, Ban Quản lý các khu công nghiệp tỉnh "
      "(sau đây gọi tắt là Ban Quản lý) và Ủy ban nhân dân các xã, phường rà soát danh mục dự án.\n"
      "2. Ban Quản lý chủ trì, phối hợp với Sở Nội vụ khảo sát nhu cầu nhà ở của công nhân.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(Leads(d.tasks[1]) == V{"Ban Quản lý các khu công nghiệp tỉnh"});
  REQUIRE_FALSE(d.tasks[1].lead.empty());
  CHECK(d.tasks[1].lead[0].alias == "Ban Quản lý");
  // Named both ways in one task, the body leads once and is no support of itself.
  Directive both = ParseDirectiveText(
      "1. Sở Tài chính chủ trì, phối hợp với Ban Quản lý các khu công nghiệp tỉnh "
      "(sau đây gọi tắt là Ban Quản lý) rà soát danh mục dự án.\n"
      "2. Ban Quản lý chủ trì, phối hợp với Ban Quản lý các khu công nghiệp tỉnh và Sở Nội vụ "
      "khảo sát nhu cầu nhà ở.\n");
  REQUIRE(both.tasks.size() == 2);
  CHECK(Leads(both.tasks[1]) == V{"Ban Quản lý các khu công nghiệp tỉnh"});
  REQUIRE(both.tasks[1].support.size() == 1);
  CHECK(both.tasks[1].support[0].name == "Sở Nội vụ");
}

TEST_CASE("TaskExtractor: an article approving a plan by its summary assigns nothing") {
  Directive d = ParseDirectiveText(
      "Điều 1. Phê duyệt Kế hoạch phát triển thương mại điện tử tỉnh Hà Tĩnh giai đoạn 2026 - 2030 "
      "với các nội dung chủ yếu sau:\n"
      "1. Mục tiêu đến năm 2030: 70% dân số trưởng thành tham gia mua sắm trực tuyến.\n"
      "2. Nhiệm vụ, giải pháp chủ yếu: hoàn thiện cơ chế, chính sách; phát triển hạ tầng.\n"
      "3. Kinh phí thực hiện: ngân sách nhà nước theo phân cấp hiện hành.\n"
      "Điều 2. Tổ chức thực hiện\n"
      "1. Sở Tài chính chủ trì, phối hợp với Sở Công Thương bố trí kinh phí thực hiện Kế hoạch.\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(d.tasks[0].section == "Điều 2.1");
  CHECK(Leads(d.tasks[0]) == V{"Sở Tài chính"});
}

TEST_CASE("TaskExtractor: the heading's body named again after 'phối hợp' is no support of itself") {
  Directive d = ParseDirectiveText(
      "1. Sở Y tế:\n"
      "- Chủ trì, phối hợp với Sở Y tế, Công an tỉnh kiểm tra các cơ sở.\n");
  REQUIRE(d.tasks.size() == 1);
  CHECK(Leads(d.tasks[0]) == V{"Sở Y tế"});
  REQUIRE(d.tasks[0].support.size() == 1);
  CHECK(d.tasks[0].support[0].name == "Công an tỉnh");
}

TEST_CASE("TaskExtractor: a limit counted from the day the document takes force is a task's") {
  Directive d = ParseDirectiveText(
      "1. Sở Y tế chủ trì kiểm tra.\n"
      "2. Các sở, ngành rà soát, báo cáo trong thời hạn 30 ngày kể từ ngày Chỉ thị này có hiệu lực "
      "thi hành.\n"
      "3. Chỉ thị này có hiệu lực thi hành kể từ ngày ký.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(Leads(d.tasks[1]) == V{"các sở, ngành"});
}
