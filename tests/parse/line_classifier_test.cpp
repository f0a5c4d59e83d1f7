// Line kinds and list markers (DOMAIN.md §1, §6).
#include "line_classifier.h"
#include "support/test_util.h"

namespace {

using chidao::parse_internal::ClassifyLines;
using chidao::parse_internal::Line;
using chidao::parse_internal::LineKind;
using chidao::parse_internal::MarkerStyle;

Line One(const std::string& text) {
  auto lines = ClassifyLines(text);
  REQUIRE(lines.size() == 1);
  return lines[0];
}

}  // namespace

TEST_CASE("LineClassifier: reads every numbering style of a directive") {
  CHECK(One("II. NHIỆM VỤ").marker == MarkerStyle::kRoman);
  CHECK(One("I.MỤC TIÊU").marker == MarkerStyle::kRoman);  // OCR lost the space
  CHECK(One("3. Sở Y tế").marker == MarkerStyle::kArabic);
  CHECK(One("1- Các cấp ủy đảng").marker == MarkerStyle::kArabicDash);
  CHECK(One("2) Báo cáo").marker == MarkerStyle::kArabicParen);
  CHECK(One("3.1. Rà soát").marker == MarkerStyle::kArabicSub);
  Line letter = One("đ) Chỉ đạo thu hoạch");
  CHECK(letter.marker == MarkerStyle::kLetter);
  CHECK(letter.ordinal == 5);
  Line article = One("Điều 2. Quyết định này có hiệu lực");
  CHECK(article.marker == MarkerStyle::kArticle);
  CHECK(article.label == "Điều 2");
  CHECK(One("PHỤ LỤC").marker == MarkerStyle::kAppendix);
  CHECK(One("- Chủ trì, phối hợp").marker == MarkerStyle::kDash);
  CHECK(One("+ Kiểm tra").marker == MarkerStyle::kPlus);
  CHECK(One("• Tuyên truyền").marker == MarkerStyle::kDot);
}

TEST_CASE("LineClassifier: numbers that do not open an item are text") {
  CHECK(One("1.000 ca mắc mới").marker == MarkerStyle::kNone);
  CHECK(One("10/10 là Ngày Chuyển đổi số").marker == MarkerStyle::kNone);
  CHECK(One("2021 - 2022 an toàn").marker == MarkerStyle::kNone);
  CHECK(One("COVID-19 lan rộng").marker == MarkerStyle::kNone);
  CHECK(One("V/v tăng cường").marker == MarkerStyle::kNone);
}

TEST_CASE("LineClassifier: page furniture, layout rules and table rows are told apart") {
  CHECK(One("                2").kind == LineKind::kPageNumber);
  CHECK(One("- 3 -").kind == LineKind::kPageNumber);
  CHECK(One("|").kind == LineKind::kSeparator);
  CHECK(One("---------------").kind == LineKind::kSeparator);
  CHECK(One("| 1 | Xây dựng quy chế | Sở TT&TT | Quý II/2024 |").kind == LineKind::kTableRow);
  CHECK(One("|---|---|---|").kind == LineKind::kTableRule);
  CHECK(One("").kind == LineKind::kBlank);
}

TEST_CASE("LineClassifier: OCR's lost space after a letter marker, an article cited on a wrapped line") {
  Line glued = One("c)Phòng Tư pháp huyện chủ trì rà soát");
  CHECK(glued.marker == MarkerStyle::kLetter);
  CHECK(glued.label == "c");
  CHECK(One("b.Sở tại").marker == MarkerStyle::kNone);  // a dot still needs its space
  // "... theo quy định tại" / "Điều 12 Nghị định số 45/2022/NĐ-CP ...": a citation, no article.
  CHECK(One("Điều 12 Nghị định số 45/2022/NĐ-CP ngày 07/7/2022 của Chính phủ.").marker ==
        MarkerStyle::kNone);
  CHECK(One("Điều 7 của Luật Phòng, chống tham nhũng.").marker == MarkerStyle::kNone);
  CHECK(One("Điều 3 Quyết định này có hiệu lực từ ngày ký.").marker == MarkerStyle::kArticle);
}
