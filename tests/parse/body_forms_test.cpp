// DOMAIN.md §4, form by form: every way a directive names the bodies that must act, as the
// office reading it would write them in the tracking sheet.
#include <string>
#include <vector>

#include "body_matcher.h"
#include "support/test_util.h"
#include "word_tokenizer.h"

namespace {

using chidao::parse_internal::MatchBodyListAt;
using chidao::parse_internal::Tokenize;

std::vector<std::string> Names(const std::string& text) {
  auto words = Tokenize(text);
  std::size_t end = 0;
  std::vector<std::string> out;
  for (const auto& m : MatchBodyListAt(words, 0, text, &end)) out.push_back(m.ref.name);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("BodyForms: bodies named without 'Sở' after 'các Sở:' are completed") {
  CHECK(Names("các Sở: Y tế, Giáo dục và Đào tạo phối hợp") ==
        V{"Sở Y tế", "Sở Giáo dục và Đào tạo"});
  CHECK(Names("Giám đốc các Sở: Tài chính, Nội vụ, Văn hóa, Thể thao và Du lịch triển khai") ==
        V{"Sở Tài chính", "Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"});
}

TEST_CASE("BodyForms: 'các cơ quan, đơn vị liên quan' closes a list as one body") {
  CHECK(Names("Sở Y tế, Sở Công Thương và các cơ quan, đơn vị liên quan triển khai") ==
        V{"Sở Y tế", "Sở Công Thương", "các cơ quan, đơn vị liên quan"});
  CHECK(Names("các cơ quan, đơn vị, địa phương tổ chức") == V{"các cơ quan, đơn vị, địa phương"});
}

TEST_CASE("BodyForms: a department whose name holds a comma stays one body") {
  CHECK(Names("Sở Văn hóa, Thể thao và Du lịch, Sở Y tế chủ trì") ==
        V{"Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"});
}

TEST_CASE("BodyForms: the chairs of lower people's committees stand for the committees") {
  CHECK(Names("Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo") ==
        V{"UBND các tỉnh, thành phố trực thuộc Trung ương"});
  CHECK(Names("Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn kiểm tra") ==
        V{"UBND các xã, phường, thị trấn"});
  CHECK(Names("UBND cấp huyện tổ chức") == V{"UBND cấp huyện"});
}

TEST_CASE("BodyForms: the closing article of a Quyết định lists each body that executes it") {
  CHECK(Names("Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Nội vụ, Thủ trưởng các cơ "
              "quan, đơn vị liên quan và Chủ tịch UBND các huyện, thị xã, thành phố chịu trách "
              "nhiệm thi hành") ==
        V{"Văn phòng UBND tỉnh", "Sở Tài chính", "Sở Nội vụ", "các cơ quan, đơn vị liên quan",
          "UBND các huyện, thị xã, thành phố"});
}

TEST_CASE("BodyForms: Party committees and their organs; 'các' governs a list of them as one body") {
  CHECK(Names("Các ban xây dựng Đảng, Đảng đoàn, ban cán sự đảng triển khai") ==
        V{"các ban xây dựng Đảng, Đảng đoàn, ban cán sự đảng"});
  CHECK(Names("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy lãnh đạo, chỉ đạo") ==
        V{"các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"});
  CHECK(Names("Các cơ quan thông tấn, báo chí tại địa phương đưa tin") ==
        V{"các cơ quan thông tấn, báo chí tại địa phương"});
  CHECK(Names("Ban Dân vận Tỉnh ủy, Văn phòng Tỉnh ủy theo dõi") ==
        V{"Ban Dân vận Tỉnh ủy", "Văn phòng Tỉnh ủy"});
  CHECK(Names("Đảng ủy Khối các cơ quan tỉnh chỉ đạo") == V{"Đảng ủy Khối các cơ quan tỉnh"});
}

TEST_CASE("BodyForms: the army, border guard and police") {
  CHECK(Names("Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh tuần tra") ==
        V{"Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh"});
  CHECK(Names("Ban Chỉ huy Quân sự huyện, Công an huyện sẵn sàng") ==
        V{"Ban Chỉ huy Quân sự huyện", "Công an huyện"});
}

TEST_CASE("BodyForms: the Front and the mass organisations") {
  CHECK(Names("Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tuyên truyền") ==
        V{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"});
  CHECK(Names("Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh vận động") ==
        V{"Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh"});
  CHECK(Names("Liên đoàn Lao động tỉnh, Hội Cựu chiến binh tỉnh phối hợp") ==
        V{"Liên đoàn Lao động tỉnh", "Hội Cựu chiến binh tỉnh"});
}

TEST_CASE("BodyForms: state agencies outside the Sở") {
  CHECK(Names("Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh, Bảo hiểm xã hội tỉnh phối hợp") ==
        V{"Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh", "Bảo hiểm xã hội tỉnh"});
  CHECK(Names("Thanh tra tỉnh, Viện Kiểm sát nhân dân tỉnh theo dõi") ==
        V{"Thanh tra tỉnh", "Viện Kiểm sát nhân dân tỉnh"});
  CHECK(Names("Bộ Công an, Bộ Quốc phòng chỉ đạo") == V{"Bộ Công an", "Bộ Quốc phòng"});
}

TEST_CASE("BodyForms: ministries named bare after 'Bộ trưởng các Bộ:' are completed to Bộ") {
  CHECK(Names("Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo") == V{"Bộ Quốc phòng", "Bộ Công an"});
  CHECK(Names("Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ đạo") == V{"Bộ Nông nghiệp và Môi trường"});
}

TEST_CASE("BodyForms: a ministry's field may hold words that read as verbs") {
  CHECK(Names("Bộ Xây dựng chủ trì") == V{"Bộ Xây dựng"});
  CHECK(Names("Bộ Giáo dục và Đào tạo hướng dẫn") == V{"Bộ Giáo dục và Đào tạo"});
}

TEST_CASE("BodyForms: only a ministry lets bare ministries follow it, not 'Bộ Chỉ huy'") {
  CHECK(Names("Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh phối hợp") ==
        V{"Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh"});
  CHECK(Names("Bộ Quốc phòng, Công an chỉ đạo") == V{"Bộ Quốc phòng", "Bộ Công an"});
}

TEST_CASE("BodyForms: 'Trường' (a school) is not the title 'Trưởng'") {
  CHECK(Names("Văn phòng Tỉnh ủy, Trường Chính trị tỉnh tổ chức") ==
        V{"Văn phòng Tỉnh ủy", "Trường Chính trị tỉnh"});
}

TEST_CASE("BodyForms: national news agencies and the press are bodies") {
  CHECK(Names("Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và các cơ quan thông tấn, báo chí "
              "tăng cường") ==
        V{"Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "các cơ quan thông tấn, báo chí"});
}

TEST_CASE("BodyForms: a range of places after the levels names one group of committees") {
  CHECK(Names("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi tập trung") ==
        V{"UBND các tỉnh, thành phố từ Hà Tĩnh đến Quảng Ngãi"});
}

TEST_CASE("BodyForms: Party organs keep their committee, Party groups their body") {
  CHECK(Names("Các ban xây dựng Đảng Tỉnh ủy, Đảng đoàn Hội đồng nhân dân tỉnh, Ban cán sự đảng Ủy "
              "ban nhân dân tỉnh căn cứ") ==
        V{"các ban xây dựng Đảng Tỉnh ủy", "Đảng đoàn HĐND tỉnh", "Ban cán sự đảng UBND tỉnh"});
  CHECK(Names("Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội "
              "tỉnh tuyên truyền") ==
        V{"Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các đoàn thể chính trị - xã hội tỉnh"});
  CHECK(Names("Ban cán sự đảng Bộ Y tế lãnh đạo") == V{"Ban cán sự đảng Bộ Y tế"});
}

TEST_CASE("BodyForms: the merged bloc committee 'Đảng ủy Khối các cơ quan và doanh nghiệp'") {
  CHECK(Names("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh chỉ đạo") ==
        V{"Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"});
  CHECK(Names("Đảng ủy Khối các cơ quan tỉnh chỉ đạo") == V{"Đảng ủy Khối các cơ quan tỉnh"});
}

TEST_CASE("BodyForms: 'các' before a named kind of body keeps the whole name") {
  CHECK(Names("Giám đốc các Ban Quản lý dự án nghiêm túc triển khai") == V{"các Ban Quản lý dự án"});
  CHECK(Names("các Ban, ngành liên quan thực hiện") == V{"các ban, ngành liên quan"});
}

TEST_CASE("BodyForms: investors are a collective body, as heading or after 'phối hợp với'") {
  CHECK(Names("Các chủ đầu tư; UBND các huyện, thành phố") ==
        V{"các chủ đầu tư", "UBND các huyện, thành phố"});
}

TEST_CASE("BodyForms: modifiers shared by a collective noun run through the whole list") {
  CHECK(Names("các cơ sở sản xuất, kinh doanh, dịch vụ phải chủ động") ==
        V{"các cơ sở sản xuất, kinh doanh, dịch vụ"});
  CHECK(Names("các khu công nghiệp, công trường xây dựng phải rà soát") ==
        V{"các khu công nghiệp, công trường xây dựng"});
}

TEST_CASE("BodyForms: a verb of the clause ends a name even when a level follows it") {
  CHECK(Names("Kho bạc Nhà nước Đồng Tháp tham mưu UBND tỉnh") == V{"Kho bạc Nhà nước Đồng Tháp"});
  // A verb inside a name that ends in its own level stays.
  CHECK(Names("Ban Quản lý dự án đầu tư xây dựng huyện chủ trì") ==
        V{"Ban Quản lý dự án đầu tư xây dựng huyện"});
}

TEST_CASE("BodyForms: an office serving two councils is one body") {
  CHECK(Names("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh, Ban Tổ chức Tỉnh ủy") ==
        V{"Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh", "Ban Tổ chức Tỉnh ủy"});
  CHECK(Names("Văn phòng Đoàn ĐBQH và HĐND tỉnh") == V{"Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"});
  CHECK(Names("Văn phòng HĐND và UBND huyện") == V{"Văn phòng HĐND và UBND huyện"});
  // An office with its own level is followed by another body.
  CHECK(Names("Văn phòng UBND tỉnh và UBND các huyện") == V{"Văn phòng UBND tỉnh", "UBND các huyện"});
}

TEST_CASE("BodyForms: 'các cấp' after a named body belongs to it") {
  CHECK(Names("Ủy ban bầu cử các cấp") == V{"Ủy ban bầu cử các cấp"});
}

TEST_CASE("BodyForms: a list runs on past an abbreviated department") {
  CHECK(Names("Sở TT&TT, Báo Tuyên Quang, Đài PT-TH tỉnh tổ chức tuyên truyền") ==
        V{"Sở Thông tin và Truyền thông", "Báo Tuyên Quang", "Đài Phát thanh - Truyền hình tỉnh"});
}

TEST_CASE("BodyForms: a unit's long name is read whole, the body it belongs to is not part of it") {
  // Nine words after "Phòng": the name limit once cut "bất động sản" short.
  CHECK(Names("Phòng Quản lý nhà và Thị trường bất động sản thuộc Sở Xây dựng theo dõi") ==
        V{"Phòng Quản lý nhà và Thị trường bất động sản"});
  CHECK(Names("Phòng Quản lý nhà và Thị trường bất động sản theo dõi, đôn đốc") ==
        V{"Phòng Quản lý nhà và Thị trường bất động sản"});
  CHECK(Names("Phòng Quản lý đô thị trực thuộc UBND thị xã chủ trì") == V{"Phòng Quản lý đô thị"});
}

TEST_CASE("BodyForms: the Party committee of the Front and the mass organisations is one body") {
  CHECK(Names("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo") ==
        V{"Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"});
  CHECK(Names("Đảng ủy MTTQ, các đoàn thể tỉnh lãnh đạo") == V{"Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"});
  CHECK(Names("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo") ==
        V{"Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"});
  CHECK(Names("Báo và Phát thanh, Truyền hình Thái Nguyên, Đảng ủy Mặt trận Tổ quốc, các đoàn thể "
              "tỉnh định hướng") ==
        V{"Báo và Phát thanh, Truyền hình Thái Nguyên", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"});
}

TEST_CASE("BodyForms: 'phường' with its marks moved by OCR is still the ward level") {
  CHECK(Names("Công an phưòng chủ trì") == V{"Công an phưòng"});
  CHECK(Names("UBND phuờng xây dựng") == V{"UBND phuờng"});
  // "phương" (no tone) is no level, however OCR writes it.
  CHECK(Names("Công an phưong án") == V{"Công an"});
}

TEST_CASE("BodyForms: a team ('Đội') with a capitalised name is a body, 'đội ngũ' is not") {
  CHECK(Names("Đội Quản lý trật tự đô thị phường lập lại trật tự") ==
        V{"Đội Quản lý trật tự đô thị phường"});
  CHECK(Names("Đội ngũ cán bộ tăng cường kiểm tra").empty());
  CHECK(Names("ĐỘI NGŨ CÁN BỘ tăng cường kiểm tra").empty());
  CHECK(Names("Đội Cảnh sát giao thông kiểm tra") == V{"Đội Cảnh sát giao thông"});
  // A team by its duty; "Đội" alone opens other names, which it must not cut.
  CHECK(Names("Trường THCS Đội Cấn tổ chức") == V{"Trường THCS Đội Cấn"});
  CHECK(Names("Các Tổ, Đội xung kích thực hiện") == V{"các tổ, Đội xung kích"});
  CHECK(Names("Đội CSGT Công an huyện kiểm tra").size() == 1);
  CHECK(Names("Đội Kiểm soát Hải quan kiểm tra") == V{"Đội Kiểm soát Hải quan"});
}

TEST_CASE("BodyForms: 'thu gom' after a company's name is the clause's verb") {
  CHECK(Names("Công ty Cổ phần Môi trường đô thị Hạ Long thu gom, xử lý rác thải") ==
        V{"Công ty Cổ phần Môi trường đô thị Hạ Long"});
}

TEST_CASE("BodyForms: a collective's shared trades may carry their object to the end of a cell") {
  CHECK(Names("Các đơn vị thu gom, vận chuyển chất thải rắn sinh hoạt") ==
        V{"các đơn vị thu gom, vận chuyển chất thải rắn sinh hoạt"});
}
