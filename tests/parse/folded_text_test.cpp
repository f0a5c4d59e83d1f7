// The fast paths of folding and decoding must give exactly what the slow ones gave: the whole
// parse reads offsets and folds through them, so a single differing byte moves a span.
#include "folded_text.h"

#include <catch2/catch.hpp>

#include <cstdint>

#include "code_point_table.h"

namespace chidao {
namespace {

TEST_CASE("NextCodePoint: decodes every sequence of up to three bytes as U8_NEXT does") {
  // All lead bytes, with every second byte and the third byte ranging over the boundaries of the
  // continuation range; each also cut short (n = 1, 2), where U8_NEXT reports an error.
  const std::uint8_t thirds[] = {0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE1, 0xFF};
  int mismatches = 0;
  for (int b0 = 0; b0 < 256; ++b0) {
    for (int b1 = 0; b1 < 256; ++b1) {
      for (std::uint8_t b2 : thirds) {
        const std::uint8_t s[3] = {static_cast<std::uint8_t>(b0), static_cast<std::uint8_t>(b1), b2};
        for (std::int32_t n = 1; n <= 3; ++n) {
          std::int32_t i = 0, j = 0;
          UChar32 expected;
          U8_NEXT(s, j, n, expected);
          UChar32 got = NextCodePoint(s, &i, n);
          if (got != expected || i != j) ++mismatches;
        }
      }
    }
  }
  REQUIRE(mismatches == 0);
}

TEST_CASE("FoldedText: folds marks and capitals and maps each folded byte to its source") {
  FoldedText f("Ngày 26 THÁNG 11, Đ\xCC\x81x");  // "Đ" followed by a combining acute accent
  REQUIRE(f.text() == "ngay 26 thang 11, dx");
  REQUIRE(f.Original(1) == 1);   // 'g'
  REQUIRE(f.Original(2) == 2);   // 'à' (two bytes) folds to one
  REQUIRE(f.Original(3) == 4);   // 'y'
  REQUIRE(f.OriginalText(8, 13) == "THÁNG");
  REQUIRE(f.Original(f.text().size()) == f.original().size());
}

TEST_CASE("FoldedText: invalid UTF-8 folds to '?' and kept letters are lowercased") {
  REQUIRE(FoldText("a\xFF" "b") == "a?b");
  REQUIRE(FoldText("\xE0\x80\x80") == "???");  // overlong: each byte is an error of its own
  REQUIRE(FoldText("ΑΒΓ Жук") == "αβγ жук");   // Greek and Cyrillic are kept, lowercased
}

}  // namespace
}  // namespace chidao

TEST_CASE("FoldedText: offsets before a letter kept as written (», Greek) survive the buffer growing") {
  // The map grew on the first such letter and kept none of the offsets written before it
  // ("V/v » Nha Trang" mapped 'v' and '/' to 0 and later bytes to garbage).
  const std::string s = "V/v » Nha Trang ra quân, α β";
  chidao::FoldedText f(s);
  REQUIRE(f.text() == "v/v » nha trang ra quan, α β");
  for (std::size_t i = 0; i < 4; ++i) CHECK(f.Original(i) == i);
  const std::size_t nha = f.text().find("nha");
  CHECK(s.substr(f.Original(nha), 3) == "Nha");
  CHECK(f.OriginalText(nha, nha + 9) == "Nha Trang");
  CHECK(f.Original(f.text().size()) == s.size());
}
