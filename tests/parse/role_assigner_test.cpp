// Lead/support rules: subject, "giao/yêu cầu/đề nghị", "phối hợp (với)", "cùng"; bodies only
// reported to, advised or directed are neither; the issuer speaking is neither.
#include <string>
#include <vector>

#include "role_assigner.h"
#include "support/test_util.h"

namespace {

using chidao::parse_internal::AssignRoles;
using chidao::parse_internal::Tokenize;
using V = std::vector<std::string>;

struct Named {
  V lead, support;
};

Named Roles(const std::string& text) {
  auto words = Tokenize(text);
  auto r = AssignRoles(words, 0, words.size(), text);
  Named n;
  for (const auto& m : r.lead) n.lead.push_back(m.ref.name);
  for (const auto& m : r.support) n.support.push_back(m.ref.name);
  return n;
}

}  // namespace

TEST_CASE("RoleAssigner: the body before 'chủ trì' leads and the bodies after 'phối hợp với' support") {
  Named n = Roles("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở, ban, ngành liên quan và "
                  "các địa phương tham mưu UBND tỉnh kế hoạch phục hồi kinh tế.");
  CHECK(n.lead == V{"Sở Kế hoạch và Đầu tư"});
  CHECK(n.support == V{"các sở, ban, ngành liên quan", "các địa phương"});
}

TEST_CASE("RoleAssigner: the object of 'giao', 'yêu cầu', 'đề nghị' leads") {
  CHECK(Roles("Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi.").lead == V{"Sở Nội vụ"});
  CHECK(Roles("UBND tỉnh yêu cầu Giám đốc các sở, ngành liên quan, Chủ tịch UBND các xã, phường "
              "nghiêm túc triển khai.").lead == V{"các sở, ngành liên quan", "UBND các xã, phường"});
  CHECK(Roles("Đề nghị Ủy ban MTTQ Việt Nam tỉnh, Tỉnh đoàn vận động đoàn viên.").lead ==
        V{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tỉnh đoàn"});
}

TEST_CASE("RoleAssigner: bodies reported to, advised or directed are neither lead nor support") {
  Named n = Roles("Chủ trì tham mưu UBND tỉnh ban hành kế hoạch; tổng hợp, báo cáo Ban Chỉ đạo "
                  "tỉnh, UBND tỉnh kết quả thực hiện.");
  CHECK(n.lead.empty());
  CHECK(n.support.empty());
  Named d = Roles("Sở Công Thương chỉ đạo Công ty Điện lực Hà Tĩnh bảo đảm an toàn hệ thống điện.");
  CHECK(d.lead == V{"Sở Công Thương"});
  CHECK(d.support.empty());
}

TEST_CASE("RoleAssigner: the issuer as subject hands the task to the body after its verb") {
  Named n = Roles("Căn cứ Thông tư số 30/2024/TT-BGDĐT, UBND tỉnh giao Sở Giáo dục và Đào tạo chủ "
                  "trì, phối hợp với Sở Nội vụ hướng dẫn các xã.");
  CHECK(n.lead == V{"Sở Giáo dục và Đào tạo"});
  CHECK(n.support == V{"Sở Nội vụ"});
  CHECK(Roles("UBND tỉnh vừa ban hành Công văn số 6325/UBND-KGVX.").lead.empty());
}

TEST_CASE("RoleAssigner: 'cùng' before the verb marks support, subjects before it lead") {
  Named n = Roles("Đảng ủy Công an tỉnh, Đảng ủy Quân sự tỉnh, các cơ quan chức năng, cùng các địa "
                  "phương phối hợp chỉ đạo tăng cường kiểm soát.");
  CHECK(n.lead == V{"Đảng ủy Công an tỉnh", "Đảng ủy Quân sự tỉnh", "các cơ quan chức năng"});
  CHECK(n.support == V{"các địa phương"});
}

TEST_CASE("RoleAssigner: a second clause after ';' with a named body adds a lead, an object list does not") {
  Named n = Roles("Ban cán sự Đảng UBND tỉnh chỉ đạo UBND tỉnh, các sở, ban, ngành và các cơ quan "
                  "liên quan; Ban Thường vụ các huyện, thị, thành ủy chỉ đạo UBND cùng cấp xây dựng kế hoạch.");
  CHECK(n.lead == V{"Ban cán sự đảng UBND tỉnh", "Ban Thường vụ các huyện, thị, thành ủy"});
}

TEST_CASE("RoleAssigner: after an adverbial opening the subject follows its comma") {
  CHECK(Roles("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa "
              "phương kịp thời phản ánh về Sở Nội vụ.").lead == V{"các cơ quan, đơn vị, địa phương"});
  CHECK(Roles("Đối với tuyển sinh lớp 10, Sở Giáo dục và Đào tạo khẩn trương công bố điểm chuẩn.").lead ==
        V{"Sở Giáo dục và Đào tạo"});
}
