// Lead-ins (lead_in.h): the sentence ending in ":" that introduces items makes its bodies
// responsible for the items that name none, and a body speaking anew after a finished item
// starts items of its own.
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

TEST_CASE("LeadIn: items without a body of their own belong to the body the lead-in asks") {
  Directive d = ParseDirectiveText(
      "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\n"
      "Thời gian qua, dịch bệnh gia tăng. Thực hiện Chỉ thị số 25/CT-TTg ngày 03/7/2024 của Thủ "
      "tướng Chính phủ, Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung "
      "ương chỉ đạo triển khai các nội dung sau:\n\n"
      "1. Tổ chức chiến dịch diệt lăng quăng, bọ gậy trên địa bàn.\n\n"
      "2. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính bảo đảm hóa chất.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(Leads(d.tasks[0]) == V{"UBND các tỉnh, thành phố trực thuộc Trung ương"});
  CHECK(Leads(d.tasks[1]) == V{"Sở Y tế"});
}

TEST_CASE("LeadIn: the subject of a lead-in without an assignment verb is responsible") {
  Directive d = ParseDirectiveText(
      "Để bảo đảm an toàn, các sở, ban, ngành thực hiện tốt các nội dung sau:\n"
      "- Rà soát phương án phòng cháy.\n"
      "- Tổ chức diễn tập.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(Leads(d.tasks[0]) == V{"các sở, ban, ngành"});
  CHECK(Leads(d.tasks[1]) == V{"các sở, ban, ngành"});
}

TEST_CASE("LeadIn: a body speaking anew after a finished item starts items of its own") {
  Directive d = ParseDirectiveText(
      "Bộ Y tế đề nghị UBND các tỉnh chỉ đạo các nội dung sau:\n\n"
      "1. Tổ chức chiến dịch diệt lăng quăng.\n\n"
      "2. Sở Tài chính tham mưu bố trí kinh phí.\n\n"
      "Bộ Y tế giao:\n\n"
      "a) Cục Y tế dự phòng theo dõi tình hình dịch.\n\n"
      "b) Tổ chức đoàn kiểm tra tại các địa phương.\n");
  REQUIRE(d.tasks.size() == 4);
  CHECK(d.tasks[2].section == "a");
  CHECK(Leads(d.tasks[2]) == V{"Cục Y tế dự phòng"});
  CHECK(d.tasks[3].section == "b");
  // "Bộ Y tế giao:" names nobody; the request to the provinces does not reach its items.
  CHECK(Leads(d.tasks[3]).empty());
}

TEST_CASE("LeadIn: a lead-in inside an item keeps its items nested and gives them its body") {
  Directive d = ParseDirectiveText(
      "II. NHIỆM VỤ\n"
      "1. Về phòng, chống dịch\n"
      "Yêu cầu UBND các huyện, thành phố:\n"
      "a) Rà soát các ổ dịch cũ.\n"
      "b) Báo cáo kết quả trước ngày 15/8/2024.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(d.tasks[0].section == "II.1.a");
  CHECK(Leads(d.tasks[0]) == V{"UBND các huyện, thành phố"});
  CHECK(Leads(d.tasks[1]) == V{"UBND các huyện, thành phố"});
}

TEST_CASE("LeadIn: a numbered item that is a lead-in gives its bullets the body it names") {
  Directive d = ParseDirectiveText(
      "III. TỔ CHỨC THỰC HIỆN\n\n"
      "1. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện.\n\n"
      "2. Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh:\n"
      "- Ban hành kế hoạch chuyển đổi số trong quý III/2025.\n"
      "- Bố trí kinh phí cho các nhiệm vụ khoa học hằng năm.\n");
  REQUIRE(d.tasks.size() == 3);
  CHECK(Leads(d.tasks[1]) == V{"Ban cán sự đảng UBND tỉnh"});
  CHECK(Leads(d.tasks[2]) == V{"Ban cán sự đảng UBND tỉnh"});
}

TEST_CASE("LeadIn: a sentence announcing what follows is no task, whatever its final stop") {
  Directive d = ParseDirectiveText(
      "Để chủ động phòng ngừa ngộ độc thực phẩm, Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị, "
      "địa phương thực hiện các nội dung sau.\n\n"
      "Sở Y tế chủ trì, phối hợp với Sở Công Thương thành lập các đoàn kiểm tra liên ngành.\n\n"
      "Đối với UBND các huyện, thành phố, Chủ tịch UBND tỉnh yêu cầu chỉ đạo Ban Chỉ đạo liên ngành "
      "cấp huyện xây dựng kế hoạch kiểm tra; báo cáo kết quả về Sở Y tế trước ngày 15/02/2025.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(Leads(d.tasks[0]) == V{"Sở Y tế"});
  CHECK(Leads(d.tasks[1]) == V{"UBND các huyện, thành phố"});
}

TEST_CASE("LeadIn: an announcing sentence ending in '.' gives its body to the items below") {
  Directive d = ParseDirectiveText(
      "II. NHIỆM VỤ\n"
      "Sở Y tế thực hiện các nội dung sau.\n"
      "- Kiểm tra an toàn thực phẩm tại các chợ.\n"
      "- Tổ chức tập huấn cho cán bộ y tế xã.\n");
  REQUIRE(d.tasks.size() == 2);
  CHECK(Leads(d.tasks[0]) == V{"Sở Y tế"});
  CHECK(Leads(d.tasks[1]) == V{"Sở Y tế"});
}

TEST_CASE("LeadIn: a dashed addressee list is not the outermost level of the body's items") {
  Directive d = ParseDirectiveText(
      "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 14/CĐ-UBND\nQuảng Trị, ngày 11 tháng 6 năm 2024\n\n"
      "CÔNG ĐIỆN\nVề việc phòng cháy, chữa cháy rừng\n\n"
      "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ điện:\n\n"
      "- Chủ tịch UBND các huyện, thị xã, thành phố;\n- Giám đốc Sở Nông nghiệp và PTNT.\n\n"
      "Để chủ động phòng cháy, chữa cháy rừng, Chủ tịch UBND tỉnh yêu cầu:\n\n"
      "1. Chủ tịch UBND các huyện, thị xã, thành phố:\n"
      "a) Trực tiếp chỉ đạo công tác phòng cháy, chữa cháy rừng.\n"
      "b) Chỉ đạo UBND các xã tổ chức lực lượng canh gác.\n\n"
      "2. Giám đốc Sở Nông nghiệp và Phát triển nông thôn:\n"
      "- Chỉ đạo Chi cục Kiểm lâm bố trí lực lượng.\n"
      "- Tổng hợp tình hình, báo cáo Chủ tịch UBND tỉnh trước 16 giờ hằng ngày.\n");
  REQUIRE(d.tasks.size() == 4);
  CHECK(d.tasks[2].section == "2");
  CHECK(Leads(d.tasks[2]) == V{"Sở Nông nghiệp và Phát triển nông thôn"});
  CHECK(Leads(d.tasks[3]) == V{"Sở Nông nghiệp và Phát triển nông thôn"});
}
