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
  // Acting itself, as in a Party plan's item, the committee leads.
  CHECK(Roles("UBND huyện chỉ đạo các cơ quan chuyên môn, UBND các xã tổ chức treo cờ.").lead ==
        V{"UBND huyện"});
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

namespace {

V Subject(const std::string& text) {
  auto words = Tokenize(text);
  V out;
  for (const auto& m : chidao::parse_internal::SentenceSubject(words, 0, words.size(), text))
    out.push_back(m.ref.name);
  return out;
}

}  // namespace

TEST_CASE("RoleAssigner: a role between the subject and its verb does not hide the subject") {
  Named p = Roles("Sở Y tế (cơ quan thường trực Ban Chỉ đạo liên ngành) chủ trì, phối hợp với Sở "
                  "Công Thương thành lập các đoàn kiểm tra.");
  CHECK(p.lead == V{"Sở Y tế"});
  CHECK(p.support == V{"Sở Công Thương"});
  CHECK(Roles("Sở Nội vụ là cơ quan thường trực, chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy hướng "
              "dẫn thực hiện.").lead == V{"Sở Nội vụ"});
  CHECK(Roles("Phòng Nội vụ là cơ quan thường trực, giúp UBND thành phố theo dõi, đôn đốc việc "
              "triển khai Kế hoạch.").lead == V{"Phòng Nội vụ"});
  // Without a verb after it, "là ..." describes the body; nothing is assigned.
  CHECK(Roles("Sở Nội vụ là cơ quan chuyên môn của UBND tỉnh.").lead.empty());
}

TEST_CASE("RoleAssigner: a document speaking for its issuer hands the task to the body after its verb") {
  Named n = Roles("Chỉ thị cũng đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức thành viên tham gia "
                  "giám sát.");
  CHECK(n.lead == V{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức thành viên"});
  CHECK(Subject("Kế hoạch này giao Sở Nội vụ theo dõi việc thực hiện.") == V{"Sở Nội vụ"});
}

TEST_CASE("RoleAssigner: 'Đối với X, ... yêu cầu' with no body after the verb makes X lead") {
  CHECK(Subject("Đối với UBND các huyện, thành phố, Chủ tịch UBND tỉnh yêu cầu chỉ đạo Ban Chỉ đạo "
                "liên ngành cấp huyện xây dựng kế hoạch kiểm tra.") == V{"UBND các huyện, thành phố"});
  // A body after the verb is the one asked.
  CHECK(Subject("Đối với UBND các huyện, Chủ tịch UBND tỉnh yêu cầu Công an tỉnh phối hợp kiểm "
                "tra.") == V{"Công an tỉnh"});
}

TEST_CASE("RoleAssigner: 'Phát huy vai trò của X' makes X the one who acts") {
  CHECK(Subject("Phát huy cao độ vai trò của tổ COVID-19 cộng đồng tại địa bàn khu dân cư phối hợp "
                "với lực lượng công an.") == V{"tổ COVID-19 cộng đồng"});
  CHECK(Subject("Phát huy vai trò trung tâm và nâng cao trách nhiệm, tính chủ động của doanh nghiệp "
                "trong sản xuất.") == V{"doanh nghiệp"});
  CHECK(Subject("Phát huy hiệu quả các mô hình tự quản.").empty());
}

TEST_CASE("RoleAssigner: a support list after an adverbial opening stays support") {
  Named n = Roles("Từ tháng 11 năm 2021, chủ trì, phối hợp với Sở TT&TT, Báo Tuyên Quang, Đài PT-TH "
                  "tỉnh tổ chức tuyên truyền về bảo đảm TTATGT.");
  CHECK(n.lead.empty());
  CHECK(n.support ==
        V{"Sở Thông tin và Truyền thông", "Báo Tuyên Quang", "Đài Phát thanh - Truyền hình tỉnh"});
}

TEST_CASE("RoleAssigner: after an adverbial and a verb, bodies in the verb's object list are no subject") {
  CHECK(Subject("Từ tháng 11 năm 2021, chủ trì, phối hợp với Sở TT&TT, Báo Tuyên Quang, Đài PT-TH "
                "tỉnh tổ chức tuyên truyền.").empty());
  CHECK(Subject("Từ tháng 11 năm 2021, Sở Y tế chủ trì tuyên truyền.") == V{"Sở Y tế"});
}

TEST_CASE("RoleAssigner: the partner of a directed body is neither lead nor support") {
  Named n = Roles("Chỉ đạo Phòng Tư pháp chủ trì, phối hợp với Phòng Nội vụ rà soát các thủ tục.");
  CHECK(n.lead.empty());
  CHECK(n.support.empty());
  n = Roles("Chỉ đạo Trung tâm Y tế huyện phối hợp với UBND các xã tổ chức tiêm chủng; phối hợp với "
            "Bệnh viện Đa khoa huyện bố trí giường bệnh.");
  CHECK(n.support == V{"Bệnh viện Đa khoa huyện"});  // after ";" the task's own support
  // The task's own lead and its support are unchanged.
  n = Roles("Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát các thủ tục.");
  CHECK(n.lead == V{"Sở Tư pháp"});
  CHECK(n.support == V{"Sở Nội vụ"});
}

TEST_CASE("RoleAssigner: 'Cùng với đó, X đề nghị Y' opens with an adverbial, Y is asked") {
  CHECK(Subject("Cùng với đó, Chủ tịch UBND tỉnh đề nghị Tòa án nhân dân tỉnh đẩy nhanh việc xét xử.") ==
        V{"Tòa án nhân dân tỉnh"});
}

TEST_CASE("RoleAssigner: the news that the head of the issuer signed the directive is no lead") {
  CHECK(Roles("Ngày 12/3, Chủ tịch UBND tỉnh Nghệ An ký ban hành Chỉ thị số 05/CT-UBND về phòng cháy.")
            .lead.empty());
}

TEST_CASE("RoleAssigner: a remark between commas after the subject hides neither subject nor verb") {
  CHECK(Roles("Các cơ sở y tế, kể cả tư nhân, báo cáo ngay các trường hợp nghi mắc bệnh về Trung tâm "
              "Y tế.").lead == V{"các cơ sở y tế"});
  CHECK(Roles("Các doanh nghiệp, nhất là doanh nghiệp vận tải, chấp hành nghiêm quy định.").lead ==
        V{"các doanh nghiệp"});
}

TEST_CASE("RoleAssigner: a force named by its duty leads ('Lực lượng tuần tra kiểm soát')") {
  CHECK(Roles("Lực lượng tuần tra kiểm soát tăng cường kiểm tra trên các tuyến đường.").lead ==
        V{"lực lượng tuần tra kiểm soát"});
  CHECK(Roles("Lực lượng tuần tra, kiểm soát xử lý nghiêm vi phạm.").lead ==
        V{"lực lượng tuần tra, kiểm soát"});
}

TEST_CASE("RoleAssigner: a body whose own verb is 'phối hợp' supports the lead named before it") {
  Named n = Roles("Sở Y tế chủ trì tổ chức kiểm tra; Công an tỉnh phối hợp bảo đảm an ninh.");
  CHECK(n.lead == V{"Sở Y tế"});
  CHECK(n.support == V{"Công an tỉnh"});
  Named g = Roles("Giao Sở Y tế chủ trì, Công an tỉnh và Sở Khoa học và Công nghệ phối hợp kiểm tra.");
  CHECK(g.lead == V{"Sở Y tế"});
  CHECK(g.support == V{"Công an tỉnh", "Sở Khoa học và Công nghệ"});
  // With no lead before it, the body that cooperates is the one that acts.
  Named alone = Roles("Công an tỉnh phối hợp với Sở Y tế kiểm tra các cơ sở.");
  CHECK(alone.lead == V{"Công an tỉnh"});
  CHECK(alone.support == V{"Sở Y tế"});
}

TEST_CASE("RoleAssigner: subjects set apart by ';' share the verb after the last") {
  CHECK(Roles("Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND các xã triển khai thực hiện.").lead ==
        V{"các cơ quan, đơn vị", "UBND các xã"});
  // Not a subject, the list before ';' stays out: "báo cáo UBND tỉnh; Sở Y tế tổng hợp".
  CHECK(Roles("Các xã báo cáo UBND tỉnh; Sở Y tế tổng hợp kết quả.").lead == V{"các xã", "Sở Y tế"});
}
