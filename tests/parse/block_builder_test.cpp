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
}
