// Body-name rules of DOMAIN.md §4 and tests/gold/README.md, one case per rule.
#include <string>
#include <vector>

#include "body_matcher.h"
#include "support/test_util.h"
#include "word_tokenizer.h"

namespace {

using chidao::parse_internal::MatchBodyHeading;
using chidao::parse_internal::MatchBodyListAt;
using chidao::parse_internal::Tokenize;

// Canonical names of the body list that starts the text.
std::vector<std::string> Names(const std::string& text) {
  auto words = Tokenize(text);
  std::size_t end = 0;
  std::vector<std::string> out;
  for (const auto& m : MatchBodyListAt(words, 0, text, &end)) out.push_back(m.ref.name);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("BodyMatcher: a title stands for the body its holder heads") {
  CHECK(Names("Giám đốc Sở Y tế chủ trì") == V{"Sở Y tế"});
  CHECK(Names("Thủ trưởng các sở, ban, ngành triển khai") == V{"các sở, ban, ngành"});
  CHECK(Names("Chủ tịch UBND các huyện tổ chức") == V{"UBND các huyện"});
  CHECK(Names("Chánh Văn phòng UBND tỉnh theo dõi") == V{"Văn phòng UBND tỉnh"});
  CHECK(Names("Người đứng đầu cấp ủy, thủ trưởng các cơ quan, đơn vị trực tiếp chỉ đạo") ==
        V{"cấp ủy", "các cơ quan, đơn vị"});
}

TEST_CASE("BodyMatcher: the spelling found is kept as the alias") {
  std::string text = "Giám đốc Sở TT&TT chủ trì";
  auto words = Tokenize(text);
  std::size_t end = 0;
  auto list = MatchBodyListAt(words, 0, text, &end);
  REQUIRE(list.size() == 1);
  CHECK(list[0].ref.name == "Sở Thông tin và Truyền thông");
  CHECK(list[0].ref.alias == "Giám đốc Sở TT&TT");
}

TEST_CASE("BodyMatcher: collective bodies with commas stay one body") {
  CHECK(Names("UBND các huyện, thành phố chỉ đạo") == V{"UBND các huyện, thành phố"});
  CHECK(Names("Ủy ban nhân dân các huyện thành phố chỉ đạo") == V{"UBND các huyện, thành phố"});
  CHECK(Names("các sở, ban, ngành liên quan phối hợp") == V{"các sở, ban, ngành liên quan"});
  CHECK(Names("Các Sở, Ban, ngành, hội, đoàn thể triển khai") == V{"các sở, ban, ngành, hội, đoàn thể"});
  CHECK(Names("UBND huyện, thị xã, thành phố triển khai") == V{"UBND huyện, thị xã, thành phố"});
  CHECK(Names("Ban Thường vụ các huyện, thị, thành ủy chỉ đạo") ==
        V{"Ban Thường vụ các huyện, thị, thành ủy"});
}

TEST_CASE("BodyMatcher: lists split into their bodies, a new 'các' or a proper name starts one") {
  CHECK(Names("Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh chủ động") ==
        V{"Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"});
  CHECK(Names("các sở, ban, ngành, UBND các huyện, thành phố triển khai") ==
        V{"các sở, ban, ngành", "UBND các huyện, thành phố"});
  CHECK(Names("các sở, ban, ngành liên quan và các địa phương rà soát") ==
        V{"các sở, ban, ngành liên quan", "các địa phương"});
  CHECK(Names("Sở GD&ĐT; Sở Y tế; Bảo hiểm xã hội tỉnh") ==
        V{"Sở Giáo dục và Đào tạo", "Sở Y tế", "Bảo hiểm xã hội tỉnh"});
}

TEST_CASE("BodyMatcher: bare fields after 'Giám đốc các Sở:' or 'Thủ trưởng các đơn vị:' become Sở") {
  CHECK(Names("Giám đốc các Sở: Nội vụ, Tư pháp, Kế hoạch và Đầu tư chịu trách nhiệm") ==
        V{"Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư"});
  CHECK(Names("Thủ trưởng các đơn vị: Công an tỉnh, Giao thông Vận tải, Thông tin Truyền thông, "
              "Lao động Thương binh và Xã hội phối hợp") ==
        V{"Công an tỉnh", "Sở Giao thông Vận tải", "Sở Thông tin và Truyền thông",
          "Sở Lao động - Thương binh và Xã hội"});
}

TEST_CASE("BodyMatcher: abbreviations are expanded except UBND and HĐND") {
  CHECK(Names("Sở LĐ-TB&XH chủ trì") == V{"Sở Lao động - Thương binh và Xã hội"});
  CHECK(Names("Sở NN&PTNT chủ trì") == V{"Sở Nông nghiệp và Phát triển nông thôn"});
  CHECK(Names("Sở Nông nghiệp và PTNT chủ trì") == V{"Sở Nông nghiệp và Phát triển nông thôn"});
  CHECK(Names("Sở KH&ĐT chủ trì") == V{"Sở Kế hoạch và Đầu tư"});
  CHECK(Names("Đài PT-TH tỉnh đưa tin") == V{"Đài Phát thanh - Truyền hình tỉnh"});
  CHECK(Names("Ủy ban MTTQ Việt Nam tỉnh vận động") == V{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"});
  CHECK(Names("BCH Quân sự tỉnh phối hợp") == V{"Bộ Chỉ huy Quân sự tỉnh"});
  CHECK(Names("Hội đồng nhân dân tỉnh giám sát") == V{"HĐND tỉnh"});
}

TEST_CASE("BodyMatcher: Party bodies are distinct from the state bodies they sit in") {
  CHECK(Names("Đảng ủy Công an tỉnh, Đảng ủy Quân sự tỉnh chỉ đạo") ==
        V{"Đảng ủy Công an tỉnh", "Đảng ủy Quân sự tỉnh"});
  CHECK(Names("Ban Cán sự đảng UBND tỉnh chỉ đạo") == V{"Ban cán sự đảng UBND tỉnh"});
  CHECK(Names("Ban Tuyên giáo tỉnh ủy phối hợp") == V{"Ban Tuyên giáo Tỉnh ủy"});
  CHECK(Names("Ủy ban Kiểm tra Tỉnh ủy và Ban Nội chính Tỉnh ủy giám sát") ==
        V{"Ủy ban Kiểm tra Tỉnh ủy", "Ban Nội chính Tỉnh ủy"});
}

TEST_CASE("BodyMatcher: unseen bodies are found by their head word and end at a verb or place") {
  CHECK(Names("Chi cục Kiểm lâm tỉnh tăng cường") == V{"Chi cục Kiểm lâm tỉnh"});
  CHECK(Names("Trung tâm Văn hóa - Thể thao huyện tăng cường") == V{"Trung tâm Văn hóa - Thể thao huyện"});
  CHECK(Names("Phòng Tài chính - Kế hoạch chủ trì") == V{"Phòng Tài chính - Kế hoạch"});
  CHECK(Names("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh chỉ đạo") ==
        V{"Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh"});
  CHECK(Names("Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An triển khai") ==
        V{"Ngân hàng Nhà nước Chi nhánh tỉnh Nghệ An"});
  CHECK(Names("UBND huyện Bát Xát, UBND huyện Mường Khương khẩn trương") ==
        V{"UBND huyện Bát Xát", "UBND huyện Mường Khương"});
}

TEST_CASE("BodyMatcher: a heading line of bodies ends where the measure starts") {
  std::string text = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng Tích cực tuyên truyền";
  auto words = Tokenize(text);
  auto h = MatchBodyHeading(words, text);
  REQUIRE(h);
  REQUIRE(h->bodies.size() == 1);
  CHECK(h->bodies[0].ref.name == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng");
  CHECK(words[h->end_word].text == "Tích");
  std::string heading = "Phòng Nông nghiệp và PTNT (cơ quan thường trực Ban Chỉ đạo huyện)";
  auto w2 = Tokenize(heading);
  auto h2 = MatchBodyHeading(w2, heading);
  REQUIRE(h2);
  CHECK(h2->end_word == w2.size());
  std::string prose = "Sở Y tế chủ trì, phối hợp với các địa phương";
  CHECK_FALSE(MatchBodyHeading(Tokenize(prose), prose));
}

TEST_CASE("BodyMatcher: verbs and common words are not bodies") {
  CHECK(Names("Ban hành văn bản hướng dẫn").empty());
  CHECK(Names("Tổ chức quán triệt, tuyên truyền").empty());
  CHECK(Names("Đoàn kết, thống nhất trong toàn hệ thống").empty());
  CHECK(Names("Hội nghị trực tuyến").empty());
}

TEST_CASE("BodyMatcher: a group 'thuộc' a body includes the body it belongs to") {
  CHECK(Names("Các phòng, ban chuyên môn thuộc UBND thành phố tham mưu") ==
        V{"các phòng, ban chuyên môn thuộc UBND thành phố"});
  CHECK(Names("các phòng, đơn vị thuộc Sở triển khai") == V{"các phòng, đơn vị thuộc Sở"});
  CHECK(Names("Các đơn vị trực thuộc Sở Y tế thực hiện") == V{"các đơn vị trực thuộc Sở Y tế"});
}

TEST_CASE("BodyMatcher: a place after a named body is not taken for another head") {
  // "Bảo" folds like "Báo" (a newspaper), "Đại" like "Đài": written with marks, they are names.
  CHECK(Names("Kho bạc Nhà nước Bảo Lộc đẩy nhanh tiến độ") == V{"Kho bạc Nhà nước Bảo Lộc"});
  CHECK(Names("Báo Lâm Đồng đưa tin") == V{"Báo Lâm Đồng"});
}

TEST_CASE("BodyMatcher: 'trên địa bàn' with no place after it stays in the name") {
  CHECK(Names("cơ quan hải quan trên địa bàn rà soát") == V{"cơ quan hải quan trên địa bàn"});
  CHECK(Names("Huyện đoàn định hướng công tác tuyên truyền") == V{"Huyện đoàn"});
}

TEST_CASE("BodyMatcher: every Party committee level, urban 'Quận ủy' included") {
  CHECK(Names("Ban Thường vụ Quận ủy chỉ đạo") == V{"Ban Thường vụ Quận ủy"});
  CHECK(Names("Các tổ chức cơ sở đảng trực thuộc Thị ủy quán triệt") ==
        V{"các tổ chức cơ sở đảng trực thuộc Thị ủy"});
  CHECK(Names("Các chi bộ thuộc Đảng ủy xã thực hiện") == V{"các chi bộ thuộc Đảng ủy xã"});
}

TEST_CASE("BodyMatcher: people and households close a collective list but never open one") {
  CHECK(Names("Chủ tịch UBND các phường, xã và các cơ quan, tổ chức, cá nhân có liên quan chịu "
              "trách nhiệm thi hành") ==
        V{"UBND các phường, xã", "các cơ quan, tổ chức, cá nhân có liên quan"});
  CHECK(Names("các tổ chức, cá nhân, hộ gia đình thực hiện") ==
        V{"các tổ chức, cá nhân, hộ gia đình"});
  CHECK(Names("các cá nhân vi phạm bị xử lý").empty());
}

TEST_CASE("BodyMatcher: a province inside a name is read whole and closes it") {
  CHECK(Names("Giám đốc Đài Phát thanh và Truyền hình Hải Phòng, Tổng Biên tập Báo Hải Phòng mở "
              "chuyên mục") ==
        V{"Đài Phát thanh và Truyền hình Hải Phòng", "Báo Hải Phòng"});
  CHECK(Names("Trưởng Ban Quản lý Khu kinh tế Hải Phòng chỉ đạo") ==
        V{"Ban Quản lý Khu kinh tế Hải Phòng"});
}

TEST_CASE("BodyMatcher: company names hold their trade; 'có' and 'công trình' read right") {
  CHECK(Names("Tổng Giám đốc Công ty TNHH MTV Điện lực Hải Phòng chỉ đạo") ==
        V{"Công ty TNHH MTV Điện lực Hải Phòng"});
  CHECK(Names("Công ty Điện lực Quảng Bình có phương án bảo đảm an toàn") ==
        V{"Công ty Điện lực Quảng Bình"});
  CHECK(Names("Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Bình vận hành") ==
        V{"Công ty TNHH MTV Khai thác công trình thủy lợi Quảng Bình"});
}

TEST_CASE("BodyMatcher: 'UBND các huyện: A, B' names one committee per place") {
  CHECK(Names("UBND các huyện: Mộc Châu, Vân Hồ") ==
        V{"UBND huyện Mộc Châu", "UBND huyện Vân Hồ"});
  CHECK(Names("UBND các xã: Tân Lập và Tân Hợp hướng dẫn") ==
        V{"UBND xã Tân Lập", "UBND xã Tân Hợp"});
}

TEST_CASE("BodyMatcher: a named body followed by 'các' and levels is that body in each place") {
  CHECK(Names("Trung tâm Y tế các huyện, thành phố chuẩn bị đủ thuốc") ==
        V{"Trung tâm Y tế các huyện, thành phố"});
  CHECK(Names("Trung tâm Y tế huyện, các xã thực hiện") == V{"Trung tâm Y tế huyện", "các xã"});
}

TEST_CASE("BodyMatcher: a standing office is named after its board; 'ven sông, ven biển' places a group") {
  CHECK(Names("Văn phòng thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh tổ "
              "chức trực ban") ==
        V{"Văn phòng thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"});
  CHECK(Names("Chủ tịch UBND các xã, phường, thị trấn ven sông, ven biển tổ chức lực lượng") ==
        V{"UBND các xã, phường, thị trấn ven sông, ven biển"});
}

TEST_CASE("BodyMatcher: a department's field inside a name keeps its lower-case 'và'") {
  CHECK(Names("Trung tâm Quan trắc tài nguyên và môi trường xây dựng cơ sở dữ liệu") ==
        V{"Trung tâm Quan trắc tài nguyên và môi trường"});
  CHECK(Names("Trung tâm Y tế và các trạm y tế xã thực hiện") ==
        V{"Trung tâm Y tế", "các trạm y tế xã"});
}

TEST_CASE("BodyMatcher: names that hold level-like syllables, persons, police units and dashes") {
  CHECK(Names("Cục Hải quan tỉnh kiểm soát") == V{"Cục Hải quan tỉnh"});
  CHECK(Names("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh phát động") ==
        V{"Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"});
  CHECK(Names("Phòng Cảnh sát giao thông Công an tỉnh tuần tra") ==
        V{"Phòng Cảnh sát giao thông Công an tỉnh"});
  CHECK(Names("Ban Thi đua - Khen thưởng tỉnh hướng dẫn") == V{"Ban Thi đua - Khen thưởng tỉnh"});
  CHECK(Names("Liên minh Hợp tác xã tỉnh vận động") == V{"Liên minh Hợp tác xã tỉnh"});
  CHECK(Names("Hạt Kiểm lâm các huyện tuần tra") == V{"Hạt Kiểm lâm các huyện"});
  CHECK(Names("Ban Quản lý các khu công nghiệp tỉnh hướng dẫn") ==
        V{"Ban Quản lý các khu công nghiệp tỉnh"});
  CHECK(Names("Viettel Thanh Hóa, VNPT Thanh Hóa bảo đảm thông tin") ==
        V{"Viettel Thanh Hóa", "VNPT Thanh Hóa"});
}

TEST_CASE("BodyMatcher: fields listed inside a name, places that open like bodies, merged media") {
  CHECK(Names("Trung tâm Văn hóa, Thông tin và Thể thao huyện xây dựng chuyên mục") ==
        V{"Trung tâm Văn hóa, Thông tin và Thể thao huyện"});
  // A department's own field after the comma is another department.
  CHECK(Names("Sở Y tế, Giáo dục và Đào tạo kiểm tra") == V{"Sở Y tế"});
  CHECK(Names("UBND thành phố Hội An chỉ đạo các phường") == V{"UBND thành phố Hội An"});
  CHECK(Names("Sở Văn hóa và Thể thao, Báo và Phát thanh, Truyền hình Khánh Hòa thông tin") ==
        V{"Sở Văn hóa và Thể thao", "Báo và Phát thanh, Truyền hình Khánh Hòa"});
  CHECK(Names("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo") ==
        V{"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"});
  CHECK(Names("Cục Quản lý và Xây dựng công trình thủy lợi chủ trì") ==
        V{"Cục Quản lý và Xây dựng công trình thủy lợi"});
  CHECK(Names("các công ty khai thác công trình thủy lợi và các địa phương hướng dẫn") ==
        V{"các công ty khai thác công trình thủy lợi", "các địa phương"});
  CHECK(Names("các địa phương tổng kết việc thực hiện") == V{"các địa phương"});
}

TEST_CASE("BodyMatcher: 'UBND các tỉnh A, B' without a colon names one committee per place") {
  CHECK(Names("Chủ tịch Ủy ban nhân dân các tỉnh Bến Tre, Trà Vinh khẩn trương kiểm tra") ==
        V{"UBND tỉnh Bến Tre", "UBND tỉnh Trà Vinh"});
  CHECK(Names("UBND các huyện, thành phố triển khai") == V{"UBND các huyện, thành phố"});
  // Without the colon only provinces the gazetteer knows: a region is not a province.
  CHECK(Names("Chủ tịch UBND các tỉnh Tây Nguyên chỉ đạo") == V{"UBND các tỉnh"});
  // "công trình" is a noun unless a body follows "trình" (the verb: submit to).
  CHECK(Names("Các đơn vị sự nghiệp công trình UBND tỉnh phê duyệt") ==
        V{"các đơn vị sự nghiệp công"});
}

TEST_CASE("BodyMatcher: a department of each place listed, ministry departments, the new tax office") {
  CHECK(Names("Sở Y tế các tỉnh, thành phố chủ trì") == V{"Sở Y tế các tỉnh, thành phố"});
  CHECK(Names("Sở GD&ĐT các tỉnh, thành phố trực thuộc Trung ương báo cáo") ==
        V{"Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương"});
  CHECK(Names("Vụ Pháp chế, Vụ Kế hoạch - Tài chính phối hợp") ==
        V{"Vụ Pháp chế", "Vụ Kế hoạch - Tài chính"});
  CHECK(Names("Thuế tỉnh Nghệ An kiểm tra") == V{"Thuế tỉnh Nghệ An"});
  CHECK(Names("Vụ việc được xử lý").empty());
}

TEST_CASE("BodyMatcher: a collective's name ends at the verb that follows it") {
  CHECK(Names("UBND các xã, phường lập danh sách hộ nghèo") == V{"UBND các xã, phường"});
  CHECK(Names("UBND các huyện lập hồ sơ đề nghị khen thưởng") == V{"UBND các huyện"});
}

TEST_CASE("BodyMatcher: OCR's 'D' for 'Đ' in a Party committee") {
  CHECK(Names("Dảng ủy Quân sự tỉnh lãnh đạo") == V{"Đảng ủy Quân sự tỉnh"});
}

TEST_CASE("BodyMatcher: the last of a collective's shared trades may carry their object") {
  CHECK(Names("Các cơ sở thu gom, tái chế phế liệu kim loại phải đăng ký") ==
        V{"các cơ sở thu gom, tái chế phế liệu kim loại"});
  CHECK(Names("các cơ sở sản xuất, kinh doanh, dịch vụ phải niêm yết giá") ==
        V{"các cơ sở sản xuất, kinh doanh, dịch vụ"});
}

TEST_CASE("BodyMatcher: the head of each residential unit stands for the units") {
  CHECK(Names("Trưởng các thôn, khu phố vận động người dân") == V{"các thôn, khu phố"});
  CHECK(Names("Trưởng các tổ dân phố phối hợp") == V{"các tổ dân phố"});
}

TEST_CASE("BodyMatcher: a steering committee is named after all it steers, up to its level") {
  CHECK(Names("Ban Chỉ đạo phòng, chống buôn lậu, gian lận thương mại và hàng giả tỉnh theo dõi") ==
        V{"Ban Chỉ đạo phòng, chống buôn lậu, gian lận thương mại và hàng giả tỉnh"});
  CHECK(Names("Ban Chỉ đạo xây dựng nông thôn mới huyện chủ trì") ==
        V{"Ban Chỉ đạo xây dựng nông thôn mới huyện"});
  CHECK(Names("Ban Chỉ đạo phòng, chống ma túy, tệ nạn xã hội thành phố tổng hợp") ==
        V{"Ban Chỉ đạo phòng, chống ma túy, tệ nạn xã hội thành phố"});
  // A function word ends the search: the committee acts in the places after it.
  CHECK(Names("Ban Chỉ đạo triển khai kế hoạch tại các xã") != V{"Ban Chỉ đạo triển khai kế hoạch tại các xã"});
}

TEST_CASE("BodyMatcher: 'cán bộ quản lý' (managers) is a noun inside a name") {
  CHECK(Names("Vụ Giáo viên và Cán bộ quản lý cơ sở giáo dục phối hợp") ==
        V{"Vụ Giáo viên và Cán bộ quản lý cơ sở giáo dục"});
}

TEST_CASE("BodyMatcher: a steering committee followed by its act is named 'Ban Chỉ đạo' alone") {
  CHECK(Names("Ban Chỉ đạo tổ chức tổng kết 10 năm phong trào toàn dân bảo vệ an ninh Tổ quốc "
              "huyện.") == V{"Ban Chỉ đạo"});
  CHECK(Names("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh chỉ đạo") ==
        V{"Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh"});
}

TEST_CASE("BodyMatcher: a crop season ('Vụ Đông Xuân', 'Vụ Mùa') is no ministry's department") {
  CHECK(Names("Vụ Đông Xuân năm nay cần gieo cấy đúng lịch").empty());
  CHECK(Names("Vụ Mùa sớm thu hoạch trước ngày 15/10").empty());
  CHECK(Names("Vụ Kế hoạch - Tài chính chủ trì") == V{"Vụ Kế hoạch - Tài chính"});
}

TEST_CASE("BodyMatcher: 'đặc khu' ranks with xã and phường; a capitalised level closes a group") {
  CHECK(Names("Chủ tịch UBND các xã, phường, đặc khu tổ chức") == V{"UBND các xã, phường, đặc khu"});
  CHECK(Names("UBND đặc khu Côn Đảo triển khai") == V{"UBND đặc khu Côn Đảo"});
  CHECK(Names("Các xã, phường, đặc khu chủ động ứng phó") == V{"các xã, phường, đặc khu"});
  CHECK(Names("Các địa phương, đặc khu rà soát") == V{"các địa phương, đặc khu"});
  CHECK(Names("Thủ trưởng các sở, ban, ngành Thành phố, Chủ tịch UBND các xã chỉ đạo") ==
        V{"các sở, ban, ngành Thành phố", "UBND các xã"});
  CHECK(Names("Các sở, ban, ngành Tỉnh ủy triển khai") != V{"các sở, ban, ngành Tỉnh"});
}

TEST_CASE("BodyMatcher: 'các bệnh viện, trung tâm y tế' is one collective of health bodies") {
  CHECK(Names("Các bệnh viện, trung tâm y tế khu vực chuẩn bị thuốc") ==
        V{"các bệnh viện, trung tâm y tế khu vực"});
  CHECK(Names("các trung tâm y tế tổ chức tiêm chủng") == V{"các trung tâm y tế"});
}

TEST_CASE("BodyMatcher: a short shared modifier keeps the group's scope after it") {
  CHECK(Names("các trường mầm non, tiểu học trên địa bàn kiểm tra vệ sinh") ==
        V{"các trường mầm non, tiểu học trên địa bàn"});
  CHECK(Names("các trường mầm non, tiểu học trong huyện tổ chức") ==
        V{"các trường mầm non, tiểu học trong huyện"});
  CHECK(Names("các bệnh viện đa khoa, chuyên khoa tuyến tỉnh chuẩn bị giường bệnh") ==
        V{"các bệnh viện đa khoa, chuyên khoa tuyến tỉnh"});
  // A remark after the comma ("đặc biệt ...", "nhất là ...") is no part of the group.
  for (const std::string& b : Names("Các doanh nghiệp, đặc biệt trên địa bàn các khu công nghiệp, tăng cường kiểm tra"))
    CHECK(b.find("đặc biệt") == std::string::npos);
  // Without a scope, a longer run before a verb is still the predicate's.
  CHECK(Names("các cơ sở sản xuất, kinh doanh tăng cường kiểm tra nội bộ trên địa bàn") ==
        V{"các cơ sở sản xuất, kinh doanh"});
}

TEST_CASE("BodyMatcher: the place syllable 'Phong' is no 'Phòng' office unless a field follows") {
  CHECK(Names("Trường Trung học cơ sở Phong Thổ phối hợp") == V{"Trường Trung học cơ sở Phong Thổ"});
  CHECK(Names("UBND huyện Phong Điền chỉ đạo") == V{"UBND huyện Phong Điền"});
  CHECK(Names("Phòng Nội vụ chủ trì") == V{"Phòng Nội vụ"});
  // OCR that lost the grave: the field shows the office.
  CHECK(Names("Phong Nội vụ chủ trì") == V{"Phòng Nội vụ"});
}

TEST_CASE("BodyMatcher: the Party organs of 2025 and a Party cell are named with their committee or body") {
  CHECK(Names("Ban Xây dựng Đảng Đảng ủy xã chủ trì") == V{"Ban Xây dựng Đảng Đảng ủy xã"});
  CHECK(Names("Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp") == V{"Ban Tuyên giáo và Dân vận Tỉnh ủy"});
  CHECK(Names("Ban Tuyên giáo Huyện ủy hướng dẫn") == V{"Ban Tuyên giáo Huyện ủy"});
  CHECK(Names("Chi bộ Công an xã lãnh đạo Công an xã thực hiện") == V{"Chi bộ Công an xã"});
}

TEST_CASE("BodyMatcher: a bare 'lực lượng' is what is deployed; a force named by its kind is a body") {
  CHECK(Names("lực lượng hướng dẫn giao thông tại các điểm ngập sâu").empty());
  CHECK(Names("lực lượng Công an phối hợp") == V{"lực lượng Công an"});
  CHECK(Names("lực lượng chức năng kiểm tra") == V{"lực lượng chức năng"});
}

TEST_CASE("BodyMatcher: lower-case 'xã hội' is society inside a name, a capitalised name after 'xã' a commune") {
  CHECK(Names("Chi nhánh Ngân hàng Chính sách xã hội tỉnh chủ trì") ==
        V{"Chi nhánh Ngân hàng Chính sách xã hội tỉnh"});
  CHECK(Names("UBND xã Hội Sơn chủ trì") == V{"UBND xã Hội Sơn"});
}

TEST_CASE("BodyMatcher: the fire police's name holds its commas") {
  CHECK(Names("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ thường xuyên hướng dẫn") ==
        V{"Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"});
  CHECK(Names("Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ kiểm tra") ==
        V{"Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"});
}

TEST_CASE("BodyMatcher: a commune's Party cells: its militia and its villages, by number or name") {
  CHECK(Names("Chi bộ Quân sự xã lãnh đạo thực hiện") == V{"Chi bộ Quân sự xã"});
  CHECK(Names("Chi bộ thôn 3 tổ chức sinh hoạt") == V{"Chi bộ thôn 3"});
  CHECK(Names("Chi bộ Thôn Đông Sơn tổ chức sinh hoạt") == V{"Chi bộ Thôn Đông Sơn"});
  CHECK(Names("Chi bộ tổ dân phố số 5 tổ chức") == V{"Chi bộ tổ dân phố số 5"});
  CHECK(Names("Chi bộ thôn tổ chức sinh hoạt").empty());  // a kind, no cell
}

TEST_CASE("BodyMatcher: a Party organ of a force's committee is named with the force") {
  CHECK(Names("Ban Xây dựng Đảng Đảng ủy Công an tỉnh tham mưu") ==
        V{"Ban Xây dựng Đảng Đảng ủy Công an tỉnh"});
}

TEST_CASE("BodyMatcher: 'lực lượng tại chỗ' is a force of its own kind") {
  CHECK(Names("Lực lượng tại chỗ sơ tán dân khỏi vùng nguy hiểm") == V{"lực lượng tại chỗ"});
}

TEST_CASE("BodyMatcher: a collective written in capitals takes lower case, its acronyms kept") {
  CHECK(Names("CÁC TỔ CHỨC, CÁ NHÂN KINH DOANH thực hiện") == V{"các tổ chức, cá nhân kinh doanh"});
  CHECK(Names("Các TRƯỜNG THPT trên địa bàn thực hiện") == V{"các trường THPT trên địa bàn"});
  CHECK(Names("CÁC CƠ SỞ KCB thực hiện") == V{"các cơ sở KCB"});
  CHECK(Names("DOANH NGHIỆP FDI thực hiện") == V{"doanh nghiệp FDI"});
  CHECK(Names("CÁC CƠ QUAN, ĐƠN VỊ LIÊN QUAN thực hiện") == V{"các cơ quan, đơn vị liên quan"});
  // Written in lower case, an acronym and the rest stay as written.
  CHECK(Names("các trường THPT thực hiện") == V{"các trường THPT"});
}

TEST_CASE("BodyMatcher: central bodies and the titles of their heads") {
  // The Prime Minister's address to all ministries and government agencies: one group.
  CHECK(Names("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ chỉ đạo") ==
        V{"các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"});
  CHECK(Names("Bộ trưởng, Thủ trưởng các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ chỉ đạo") ==
        V{"các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"});
  CHECK(Names("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ chỉ đạo") ==
        V{"các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"});
  CHECK(Names("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ chỉ đạo") ==
        V{"các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"});
  CHECK(Names("Các Bộ trưởng, Thủ trưởng các bộ, ngành chỉ đạo") == V{"các bộ, ngành"});
  // "Các Bộ trưởng" alone are the ministries; a committee's chairmen after them another body.
  CHECK(Names("Các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo") ==
        V{"các bộ", "UBND các tỉnh, thành phố trực thuộc trung ương"});
  // One head with two titles; a deputy's title beside the head's.
  CHECK(Names("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ chỉ đạo") == V{"Văn phòng Chính phủ"});
  CHECK(Names("Chủ tịch, Phó Chủ tịch UBND các xã chỉ đạo") == V{"UBND các xã"});
  CHECK(Names("Giám đốc, Thủ trưởng các sở, ban, ngành chỉ đạo") == V{"các sở, ban, ngành"});
  // Titles of central heads.
  CHECK(Names("Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo") == V{"Ngân hàng Nhà nước Việt Nam"});
  CHECK(Names("Tổng Thanh tra Chính phủ chỉ đạo") == V{"Thanh tra Chính phủ"});
  CHECK(Names("Tổng Kiểm toán nhà nước chỉ đạo") == V{"Kiểm toán nhà nước"});
  CHECK(Names("Tổng cục trưởng Tổng cục Hải quan chỉ đạo") == V{"Tổng cục Hải quan"});
  CHECK(Names("Chánh án Tòa án nhân dân tỉnh phối hợp") == V{"Tòa án nhân dân tỉnh"});
  // Commands named after a force that opens like a body.
  CHECK(Names("Bộ Tư lệnh Bộ đội Biên phòng chỉ đạo") == V{"Bộ Tư lệnh Bộ đội Biên phòng"});
  CHECK(Names("Bộ Tư lệnh Cảnh sát biển phối hợp") == V{"Bộ Tư lệnh Cảnh sát biển"});
  CHECK(Names("Bộ Tư lệnh Cảnh sát biển Việt Nam phối hợp") == V{"Bộ Tư lệnh Cảnh sát biển Việt Nam"});
  CHECK(Names("Bộ Tư lệnh Quân khu 4 chỉ đạo") == V{"Bộ Tư lệnh Quân khu 4"});
  // A head word alone is no title: "tổng kết", "chủ nhiệm" of nothing.
  CHECK(Names("Tổng kết công tác năm") == V{});
}

TEST_CASE("BodyMatcher: a short name defined after a body is kept and the list reads on past it") {
  std::string text =
      "Sở Xây dựng, Ban Quản lý các khu công nghiệp tỉnh (sau đây gọi tắt là Ban Quản lý) và "
      "Ủy ban nhân dân các xã, phường rà soát";
  auto words = Tokenize(text);
  std::size_t end = 0;
  auto list = MatchBodyListAt(words, 0, text, &end);
  REQUIRE(list.size() == 3);
  CHECK(list[1].ref.name == "Ban Quản lý các khu công nghiệp tỉnh");
  CHECK(list[1].short_name == "Ban Quản lý");
  CHECK(list[2].ref.name == "UBND các xã, phường");
  CHECK(list[0].short_name.empty());
  // "gọi chung" names a collective that is a body of its own: no short name.
  std::string chung = "UBND các tỉnh (sau đây gọi chung là UBND cấp tỉnh) chỉ đạo";
  auto cw = Tokenize(chung);
  auto cl = MatchBodyListAt(cw, 0, chung, &end);
  REQUIRE(cl.size() == 1);
  CHECK(cl[0].short_name.empty());
  // A name for the whole list is no short name of its last body; an acronym is one.
  std::string all = "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố (sau đây gọi tắt là các đơn vị) rà soát";
  auto aw = Tokenize(all);
  auto al = MatchBodyListAt(aw, 0, all, &end);
  REQUIRE(al.size() == 2);
  CHECK(al[1].short_name.empty());
  std::string acronym = "Ban Quản lý các khu công nghiệp tỉnh (sau đây viết tắt là BQL) rà soát";
  auto xw = Tokenize(acronym);
  auto xl = MatchBodyListAt(xw, 0, acronym, &end);
  REQUIRE(xl.size() == 1);
  CHECK(xl[0].short_name == "BQL");
  // A short name need not be the name's first words.
  std::string bcd = "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh (sau đây gọi tắt là Ban Chỉ đạo tỉnh) họp";
  auto bw = Tokenize(bcd);
  auto bl = MatchBodyListAt(bw, 0, bcd, &end);
  REQUIRE(bl.size() == 1);
  CHECK(bl[0].short_name == "Ban Chỉ đạo tỉnh");
}
