// Layout rules of block_builder.h: which lines make one block.
#include <string>

#include "block_builder.h"
#include "support/test_util.h"

namespace {

using chidao::parse_internal::BuildBlocks;
using chidao::parse_internal::Layout;

}  // namespace

TEST_CASE("BlockBuilder: a dash line closing a parenthesis left open continues the line above") {
  // "(qua Phòng Văn hóa" / "- Xã hội)": the dash of the office's name, cut by the line break.
  Layout l = BuildBlocks(
      "1. Báo cáo kết quả về UBND phường (qua Phòng Văn hóa\n"
      "- Xã hội) trước ngày 20/9/2026 để tổng hợp.\n"
      "- Kiểm tra các cơ sở lưu trú.\n");
  REQUIRE(l.blocks.size() == 2);
  CHECK(l.blocks[0].text ==
        "Báo cáo kết quả về UBND phường (qua Phòng Văn hóa - Xã hội) trước ngày 20/9/2026 để tổng hợp.");
  CHECK(l.blocks[1].text == "Kiểm tra các cơ sở lưu trú.");
  // Under a lettered item, whose marker's ")" closes nothing.
  Layout lettered = BuildBlocks(
      "a) Báo cáo kết quả về UBND phường (qua Phòng Văn hóa\n"
      "- Xã hội) trước ngày 20/9/2026.\n");
  REQUIRE(lettered.blocks.size() == 1);
  CHECK(lettered.blocks[0].text == "Báo cáo kết quả về UBND phường (qua Phòng Văn hóa - Xã hội) trước ngày 20/9/2026.");
  // A parenthesis OCR left unclosed, then a bullet citing a point "a)": two bullets.
  Layout point = BuildBlocks(
      "- Kiểm tra các cơ sở (theo danh sách\n"
      "- Xử lý theo điểm a) khoản 2 Điều 5 Quy chế.\n");
  CHECK(point.blocks.size() == 2);
  Layout clause = BuildBlocks(
      "- Kiểm tra các cơ sở (theo danh sách\n"
      "- Xử lý theo khoản 2) Điều 5 Quy chế.\n");
  CHECK(clause.blocks.size() == 2);
  // A range cut by the line break closes with a number.
  Layout range = BuildBlocks(
      "- Khám sức khỏe cho người lao động (từ 18\n"
      "- 60) trước ngày 30/6/2025.\n");
  REQUIRE(range.blocks.size() == 1);
}

TEST_CASE("BlockBuilder: in unwrapped text a range of years carries a sentence on to the next line") {
  Layout l = BuildBlocks(
      "Điều 1. Phê duyệt Kế hoạch phát triển thương mại điện tử tỉnh Hà Tĩnh giai đoạn\n"
      "2026 - 2030 với các nội dung chủ yếu sau:\n"
      "1. Mục tiêu đến năm 2030.\n");
  REQUIRE(l.blocks.size() == 2);
  CHECK(l.blocks[0].text ==
        "Phê duyệt Kế hoạch phát triển thương mại điện tử tỉnh Hà Tĩnh giai đoạn 2026 - 2030 với "
        "các nội dung chủ yếu sau:");
  // A line that ended its sentence, or a number that is no range of years, starts a block.
  Layout other = BuildBlocks("Tổng số hộ được hỗ trợ\n2026 hộ đã hoàn thành.\n");
  CHECK(other.blocks.size() == 2);
}
