#include "reference_parser.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "document_code.h"
#include "metadata_parser.h"
#include "support/test_util.h"

namespace chidao {
namespace {

using nlohmann::json;

std::string Row(const Reference& r) {
  return r.code.text + " | " + r.type.value_or("<null>") + " | " + (r.date ? r.date->Iso() : "<null>") + " | " +
         r.issuer.value_or("<null>");
}

std::string Row(const json& g) {
  auto s = [](const json& j) { return j.is_null() ? std::string("<null>") : j.get<std::string>(); };
  return s(g["code"]) + " | " + s(g["type"]) + " | " + s(g["date"]) + " | " + s(g["issuer"]);
}

void CheckAgainstGold(const std::string& stem) {
  json gold = json::parse(testing::ReadFile(testing::SourcePath("tests/gold/" + stem + ".json")));
  std::string text = testing::ReadFile(testing::SourcePath(gold["document"].get<std::string>()));
  MetadataResult meta = ParseMetadata(text);
  std::vector<std::string> got, want;
  for (const Reference& r : FindReferences(text, meta.meta.code, meta.meta.date)) got.push_back(Row(r));
  for (const json& g : gold["references"]) want.push_back(Row(g));
  INFO("document " << stem);
  CHECK(got == want);
}

TEST_CASE("ReferenceParser: every pattern compiles") { REQUIRE(ReferencePatternsOk()); }

TEST_CASE("ReferenceParser: reads code, type, date and issuer of 'Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ'") {
  auto refs = FindReferences(
      "Thực hiện Nghị quyết số 128/NQ-CP ngày\n11/10/2021 của Chính phủ; Quyết định số 4800/QĐ-BYT ngày "
      "12/10/2021 của Bộ Y tế;",
      std::nullopt, Date{2021, 11, 26});
  REQUIRE(refs.size() == 2);
  CHECK(Row(refs[0]) == "128/NQ-CP | Nghị quyết | 2021-10-11 | Chính phủ");
  CHECK(Row(refs[1]) == "4800/QĐ-BYT | Quyết định | 2021-10-12 | Bộ Y tế");
}

TEST_CASE("ReferenceParser: keeps commas inside an issuer but stops at a clause") {
  auto refs = FindReferences(
      "hướng dẫn số 3862/HD-BVHTTDL ngày 18/10/2021 của Bộ Văn hóa, Thể thao và Du lịch về tổ chức lễ hội; "
      "Công điện số 05/CĐ-QG ngày 17/9/2024 của Ban Chỉ đạo quốc gia về Phòng, chống thiên tai, để chủ động",
      std::nullopt, std::nullopt);
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].issuer == "Bộ Văn hóa, Thể thao và Du lịch");
  CHECK(refs[0].type == "Hướng dẫn");
  CHECK(refs[1].issuer == "Ban Chỉ đạo quốc gia về Phòng, chống thiên tai");
}

TEST_CASE("ReferenceParser: an issuer wrapped over two lines is read whole, a title before it dropped") {
  auto refs = FindReferences(
      "theo Quyết định số 28/2018/QĐ-TTg ngày 12/7/2018 của Thủ tướng Chính\nphủ chưa đồng bộ; Quyết định "
      "số 876/QĐ-BNV ngày 10 tháng 11 năm 2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án",
      std::nullopt, std::nullopt);
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].issuer == "Thủ tướng Chính phủ");
  CHECK(refs[1].issuer == "Bộ Nội vụ");
  CHECK(refs[1].date->Iso() == "2022-11-10");
}

TEST_CASE("ReferenceParser: the code's letters decide the type over a mislabelled citation") {
  auto refs = FindReferences("theo Công văn số 128/NQ-CP và Thông báo 285/TB-VPCP", std::nullopt, std::nullopt);
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].type == "Nghị quyết");
  CHECK(refs[1].type == "Thông báo");
  CHECK_FALSE(refs[1].issuer);
}

TEST_CASE("ReferenceParser: a law's type comes from the word 'Luật' before its name") {
  auto refs = FindReferences("quy định của Luật Lưu trữ số 01/2011/QH13 ngày 11/11/2011;", std::nullopt, std::nullopt);
  REQUIRE(refs.size() == 1);
  CHECK(Row(refs[0]) == "01/2011/QH13 | Luật | 2011-11-11 | <null>");
}

TEST_CASE("ReferenceParser: the proposer of a Tờ trình is its issuer: 'đề nghị của Sở Nội vụ tại Tờ trình số'") {
  auto refs = FindReferences("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 512/TTr-SNV ngày 08/11/2022.",
                             std::nullopt, std::nullopt);
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].issuer == "Sở Nội vụ");
  CHECK(refs[0].type == "Tờ trình");
}

TEST_CASE("ReferenceParser: lists each code once, merging details from every citation") {
  auto refs = FindReferences(
      "triển khai Nghị quyết số 128/NQ-CP; ... theo Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ",
      std::nullopt, std::nullopt);
  REQUIRE(refs.size() == 1);
  CHECK(Row(refs[0]) == "128/NQ-CP | Nghị quyết | 2021-10-11 | Chính phủ");
}

TEST_CASE("ReferenceParser: the directive's own code is not a reference") {
  auto own = ParseDocumentCode("12/CT-UBND");
  auto refs = FindReferences("Chỉ thị số 12/CT-UBND ngày 20/8/2019 của UBND tỉnh Kiên Giang; Thông tư số 01/2011/TT-BNV",
                             own, std::nullopt);
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].code.text == "01/2011/TT-BNV");
}

TEST_CASE("ReferenceParser: 'văn bản số 80101911/26.06.2025' is cited as written, without a date") {
  auto refs = FindReferences("hướng dẫn của Bộ Giáo dục và Đào tạo tại văn bản số 80101911/26.06.2025 về công tác",
                             std::nullopt, Date{2025, 7, 3});
  REQUIRE(refs.size() == 1);
  CHECK(Row(refs[0]) == "80101911/26.06.2025 | Công văn | <null> | Bộ Giáo dục và Đào tạo");
}

TEST_CASE("ReferenceParser: the references of every tune-split corpus document match their gold") {
  for (const char* stem :
       {"000-cv-6325-ubnd-kgvx-bao-dien-tu", "001-cv-91-cv-tu-ocr", "002-kh-3279-kh-ubnd-cao-bang",
        "003-kh-267-kh-ubnd-bao-dien-tu", "004-ct-btv-tinh-uy-quang-ninh-bao-dien-tu",
        "010-kh-phu-luc-chuyen-doi-so-nghe-an", "011-cd-ung-pho-bao-so-4-ha-tinh",
        "013-qd-ke-hoach-cai-cach-hanh-chinh-binh-dinh", "015-tb-ket-luan-dich-ta-lon-chau-phi-lao-cai",
        "016-kh-huyen-nong-thon-moi-doan-hung-phu-tho", "017-ct-van-thu-luu-tru-pdf-kien-giang",
        "018-kh-an-toan-giao-thong-tet-tuyen-quang", "020-cv-bao-dien-tu-tuyen-sinh-dau-cap-nghe-an"})
    CheckAgainstGold(stem);
}

// Rows of every reference, for comparing two readings.
std::vector<std::string> Rows(const std::vector<Reference>& refs) {
  std::vector<std::string> rows;
  for (const Reference& r : refs) rows.push_back(Row(r));
  return rows;
}

void CheckStretchesAgree(const std::string& text, const std::optional<Date>& date) {
  INFO("text: " << text.substr(0, 200));
  CHECK(Rows(FindReferences(text, std::nullopt, date)) == Rows(FindReferencesOnWholeFold(text, std::nullopt, date)));
}

TEST_CASE("ReferenceParser: reading the stretches around each '/' gives what reading the whole fold gives") {
  namespace fs = std::filesystem;
  int documents = 0;
  for (const char* split : {"corpus/seeds", "corpus/extra", "corpus/holdout"}) {
    for (const auto& e : fs::directory_iterator(testing::SourcePath(split))) {
      if (e.path().extension() != ".txt") continue;
      std::string text = testing::ReadFile(e.path().string());
      MetadataResult meta = ParseMetadata(text);
      INFO("document " << e.path().filename().string());
      CHECK(Rows(FindReferences(text, meta.meta.code, meta.meta.date)) ==
            Rows(FindReferencesOnWholeFold(text, meta.meta.code, meta.meta.date)));
      ++documents;
    }
  }
  CHECK(documents > 50);
  // Citations whose reading runs past a stretch: a "văn bản số" far before its "/", an
  // identifier or an issuer running on, a type word far before its code, codes at the ends.
  const std::string filler(400, 'x');
  const std::string spaces(300, ' ');
  const std::string dots(300, '.');
  for (const std::string& cite :
       {"công văn số" + spaces + "80101911/26.06.2025 về", "văn bản số 12/" + dots + "9 ngày",
        "Quyết định số 12/QĐ-UBND ngày 1/2/2024 của Ủy ban nhân dân tỉnh" + spaces + "Hà Giang về",
        "đề nghị của Sở Nội vụ tại Tờ trình" + spaces + "số 45/TTr-SNV", std::string("Luật Lưu trữ số 01/2011/QH13"),
        "Nghị quyết số" + spaces + "128/NQ-CP" + spaces + "ngày 11/10/2021" + spaces + "của Chính phủ"}) {
    CheckStretchesAgree(cite, Date{2024, 5, 1});
    CheckStretchesAgree(filler + " " + cite + " " + filler, Date{2024, 5, 1});
    CheckStretchesAgree("Ấ" + filler + "\n\n" + cite + "\n" + filler + "Ấ", std::nullopt);
  }
}

TEST_CASE("ReferenceParser: never hangs or crashes on hostile text") {
  std::string many;
  for (int i = 0; i < 3000; ++i) many += "Quyết định số " + std::to_string(i) + "/QĐ-UBND của của của ";
  CHECK(FindReferences(many, std::nullopt, std::nullopt).size() == 3000);
  std::string bytes;
  for (int i = 0; i < 20000; ++i) bytes.push_back(static_cast<char>((i * 37) % 256));
  (void)FindReferences(bytes, std::nullopt, std::nullopt);
}

}  // namespace
}  // namespace chidao
