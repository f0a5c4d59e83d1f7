#include "document_code.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

namespace chidao {
namespace {

TEST_CASE("DocumentCode: every pattern compiles") { REQUIRE(DocumentCodePatternsOk()); }

TEST_CASE("DocumentCode: splits a state code '3279/KH-UBND' into number, type and issuer") {
  auto c = ParseDocumentCode("Số: 3279/KH-UBND");
  REQUIRE(c);
  CHECK(c->text == "3279/KH-UBND");
  CHECK(c->number == "3279");
  CHECK(c->type_code == "KH");
  CHECK(c->issuer_code == "UBND");
  CHECK_FALSE(c->party);
  CHECK_FALSE(c->year);
  CHECK(TypeNameFor(*c) == "Kế hoạch");
}

TEST_CASE("DocumentCode: a công văn '6325/UBND-KGVX' has no type letters") {
  auto c = ParseDocumentCode("6325/UBND-KGVX");
  REQUIRE(c);
  CHECK(c->type_code.empty());
  CHECK(c->issuer_code == "UBND-KGVX");
  CHECK(TypeNameFor(*c) == "Công văn");
}

TEST_CASE("DocumentCode: a normative code '30/2020/NĐ-CP' carries its year") {
  auto c = ParseDocumentCode("30/2020/NĐ-CP");
  REQUIRE(c);
  CHECK(c->number == "30");
  CHECK(c->year == 2020);
  CHECK(c->type_code == "NĐ");
  CHECK(c->issuer_code == "CP");
  CHECK(c->text == "30/2020/NĐ-CP");
  CHECK(TypeNameFor(*c) == "Nghị định");
  auto law = ParseDocumentCode("01/2011/QH13");
  REQUIRE(law);
  CHECK(law->issuer_code == "QH13");
  CHECK_FALSE(TypeNameFor(*law));
  CHECK(ParseDocumentCode("30/2024/TT-BGDĐT")->type_code == "TT");
}

TEST_CASE("DocumentCode: reads Party codes '91-CV/TU', '05-NQ/TU', '20-KL/TW'") {
  auto c = ParseDocumentCode("Số 91-CV/TU");
  REQUIRE(c);
  CHECK(c->party);
  CHECK(c->number == "91");
  CHECK(c->type_code == "CV");
  CHECK(c->issuer_code == "TU");
  CHECK(TypeNameFor(*c) == "Công văn");
  CHECK(TypeNameFor(*ParseDocumentCode("05-NQ/TU")) == "Nghị quyết");
  CHECK(TypeNameFor(*ParseDocumentCode("20-KL/TW")) == "Kết luận");
  CHECK(TypeNameFor(*ParseDocumentCode("15-TT/TW")) == "Thông tri");
  CHECK(TypeNameFor(*ParseDocumentCode("08-QĐi/TW")) == "Quy định");
}

TEST_CASE("DocumentCode: repairs OCR noise 'Số 91 -CV/TU' and 'DU' for 'ĐU'") {
  auto c = ParseDocumentCode("Số 91 -CV/TU");
  REQUIRE(c);
  CHECK(c->text == "91-CV/TU");
  CHECK(ParseDocumentCode("12-NQ/DU")->text == "12-NQ/ĐU");
  CHECK(ParseDocumentCode("12-NQ/BCSD")->issuer_code == "BCSĐ");
  CHECK(ParseDocumentCode("4800/QD-BYT")->text == "4800/QĐ-BYT");
  CHECK(ParseDocumentCode("30/2020/ND-CP")->type_code == "NĐ");
  CHECK(ParseDocumentCode("21/CD-UBND")->type_code == "CĐ");
  CHECK(ParseDocumentCode("4800/QÐ-BYT")->text == "4800/QĐ-BYT");  // Icelandic eth for Đ
  CHECK(ParseDocumentCode("Số : 3279 / KH - UBND")->text == "3279/KH-UBND");
}

TEST_CASE("DocumentCode: mixed-case types QyĐ, CTr, TTr survive and stay distinct") {
  CHECK(ParseDocumentCode("12/QyĐ-UBND")->type_code == "QyĐ");
  CHECK(TypeNameForCode("QyĐ") == "Quy định");
  CHECK(TypeNameForCode("QĐ") == "Quyết định");
  CHECK(ParseDocumentCode("45/TTr-STTTT")->type_code == "TTr");
  CHECK(TypeNameForCode("TTr") == "Tờ trình");
  CHECK(ParseDocumentCode("07/CTr-UBND")->type_code == "CTr");
  CHECK(TypeNameForCode("CTr") == "Chương trình");
  CHECK(TypeNameForCode("CT") == "Chỉ thị");
  CHECK(TypeNameForCode("HD") == "Hướng dẫn");
  CHECK(TypeNameForCode("HĐ") == "Hợp đồng");
  CHECK(TypeNameForCode("ĐA") == "Đề án");
  CHECK(TypeNameForCode("DA") == "Dự án");
  CHECK(TypeNameForCode("CĐ") == "Công điện");
  CHECK(TypeNameForCode("XYZ") == std::nullopt);
}

TEST_CASE("DocumentCode: the code grammar read by hand gives what its RE2 patterns give") {
  // Strings of the pieces codes are made of and of what breaks them: capitals and lowercase with
  // and without marks (Đ, Ố, ơ, ǅ titlecase), digits, "/", "-", " ", "&", punctuation, a
  // combining mark, a Greek capital (outside the blocks read by hand) and invalid UTF-8.
  const std::vector<std::string> pieces = {
      "1", "2", "0", "9", "/", "/", "-", " ", "&", ".", "K", "H", "Q", "U", "B", "N", "D", "T", "a",
      "y", "\xC4\x90", "\xC4\x91", "\xE1\xBB\x90", "\xC6\xA1", "\xC7\x85", "\xCC\x81", "\xCE\xA9",
      "\xFF", "2020/", "3279", "KH", "UBND"};
  for (const char* code : {"3279/KH-UBND", "30/2020/NĐ-CP", "91-CV/TU", "91 - CV/TU", "05-NQ/TƯ",
                           "1234567/KH", "12/2020/", "12-ABCDE/TU", "7/QĐ-UBND&X-2"})
    CHECK(CodeGrammarAgreesWithPatterns(code));
  std::mt19937 random(20261123);
  for (int n = 0; n < 20000; ++n) {
    std::string s = std::to_string(random() % 100000);
    for (std::size_t k = random() % 9; k > 0; --k) s += pieces[random() % pieces.size()];
    INFO(s);
    REQUIRE(CodeGrammarAgreesWithPatterns(s));
  }
}

TEST_CASE("DocumentCode: rejects what is not a code") {
  CHECK_FALSE(ParseDocumentCode("Số: 2617"));
  CHECK_FALSE(ParseDocumentCode("24/24"));
  CHECK_FALSE(ParseDocumentCode("80101911/26.06.2025"));
  CHECK_FALSE(ParseDocumentCode("19-COVID/TW"));
  CHECK_FALSE(ParseDocumentCode(""));
}

TEST_CASE("DocumentCode: finds every code in running text with its position") {
  std::string text =
      "Thực hiện Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ; Quyết định số "
      "4800/QĐ-BYT; Thông báo 285/TB-VPCP và Kết luận số 20-KL/TW, Nghị định 30/2020/NĐ-CP.";
  auto m = FindDocumentCodes(text);
  REQUIRE(m.size() == 5);
  CHECK(m[0].code.text == "128/NQ-CP");
  CHECK(text.substr(m[0].begin, m[0].end - m[0].begin) == "128/NQ-CP");
  CHECK(m[1].code.text == "4800/QĐ-BYT");
  CHECK(m[2].code.text == "285/TB-VPCP");
  CHECK(m[3].code.text == "20-KL/TW");
  CHECK(m[4].code.text == "30/2020/NĐ-CP");
}

TEST_CASE("DocumentCode: skips fractions, dates, identifiers and abbreviations in running text") {
  CHECK(FindDocumentCodes("thuộc 8/9 huyện, trực 24/24 giờ, ca F0/F1, 52 triệu đồng/người/năm").empty());
  CHECK(FindDocumentCodes("văn bản số 80101911/26.06.2025 về công tác").empty());
  CHECK(FindDocumentCodes("Sở TT&TT, các đ/c Tỉnh ủy viên (b/c), COVID-19").empty());
  CHECK(FindDocumentCodes("ngày 11/10/2021").empty());
  auto ocr = FindDocumentCodes("Số 91 -CV/TU");
  REQUIRE(ocr.size() == 1);
  CHECK(ocr[0].code.text == "91-CV/TU");
}

TEST_CASE("DocumentCode: never hangs on long digit runs or random bytes") {
  std::string digits(300000, '7');
  digits += "/KH-UBND";
  CHECK(FindDocumentCodes(digits).empty());
  std::string bytes;
  for (int i = 0; i < 20000; ++i) bytes.push_back(static_cast<char>((i * 73) % 256));
  (void)FindDocumentCodes(bytes);
  (void)ParseDocumentCode(bytes);
}

}  // namespace
}  // namespace chidao
