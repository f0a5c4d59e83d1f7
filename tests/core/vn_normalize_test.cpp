#include "chidao/vn_normalize.h"

#include <catch2/catch.hpp>

using namespace chidao;

TEST_CASE("NormalizeTonePlacement: moves the mark of open oa/oe/uy syllables to the first vowel") {
  CHECK(NormalizeTonePlacement("hoà") == "hòa");
  CHECK(NormalizeTonePlacement("hàng hoá") == "hàng hóa");
  CHECK(NormalizeTonePlacement("khoẻ mạnh") == "khỏe mạnh");
  CHECK(NormalizeTonePlacement("thuỷ lợi") == "thủy lợi");
  CHECK(NormalizeTonePlacement("uỷ ban") == "ủy ban");
  CHECK(NormalizeTonePlacement("tuỳ") == "tùy");
  CHECK(NormalizeTonePlacement("nguỵ") == "ngụy");
  CHECK(NormalizeTonePlacement("đoá hoa") == "đóa hoa");
  CHECK(NormalizeTonePlacement("xoè") == "xòe");
  CHECK(NormalizeTonePlacement("oà khóc") == "òa khóc");
}

TEST_CASE("NormalizeTonePlacement: keeps the case of every letter") {
  CHECK(NormalizeTonePlacement("CỘNG HOÀ") == "CỘNG HÒA");
  CHECK(NormalizeTonePlacement("Hoà Bình") == "Hòa Bình");
  CHECK(NormalizeTonePlacement("UỶ BAN NHÂN DÂN") == "ỦY BAN NHÂN DÂN");
  CHECK(NormalizeTonePlacement("Thuỵ Điển") == "Thụy Điển");
}

TEST_CASE("NormalizeTonePlacement: leaves syllables that both styles write alike") {
  CHECK(NormalizeTonePlacement("quý") == "quý");
  CHECK(NormalizeTonePlacement("quí") == "quí");
  CHECK(NormalizeTonePlacement("quỹ đầu tư") == "quỹ đầu tư");
  CHECK(NormalizeTonePlacement("hoàn thành") == "hoàn thành");
  CHECK(NormalizeTonePlacement("kế hoạch") == "kế hoạch");
  CHECK(NormalizeTonePlacement("quỳnh") == "quỳnh");
  CHECK(NormalizeTonePlacement("thuyền") == "thuyền");
  CHECK(NormalizeTonePlacement("thuế") == "thuế");
  CHECK(NormalizeTonePlacement("ngoài") == "ngoài");
  CHECK(NormalizeTonePlacement("khuỷu") == "khuỷu");
  CHECK(NormalizeTonePlacement("quà") == "quà");
}

TEST_CASE("NormalizeTonePlacement: leaves text already in the target style and foreign words") {
  const std::string text = "Cộng hòa xã hội chủ nghĩa Việt Nam, sức khỏe, thủy sản, Zoë, café";
  CHECK(NormalizeTonePlacement(text) == text);
  CHECK(NormalizeTonePlacement("") == "");
  CHECK(NormalizeTonePlacement("abc 123") == "abc 123");
}

TEST_CASE("NormalizeTonePlacement: rewrites at the start, the end and between punctuation") {
  CHECK(NormalizeTonePlacement("hoà,thuỷ.khoẻ") == "hòa,thủy.khỏe");
  CHECK(NormalizeTonePlacement("(Hoà)") == "(Hòa)");
}

TEST_CASE("NormalizeTonePlacement: is idempotent") {
  const std::string once = NormalizeTonePlacement("Uỷ ban hoà giải, thuỷ điện, khoẻ, quý");
  CHECK(NormalizeTonePlacement(once) == once);
}

TEST_CASE("NormalizeVietnamese: decomposed old-style input reaches the canonical form") {
  // "hoà" with a combining grave on the a (NFD).
  CHECK(NormalizeVietnamese("hoa\xCC\x80") == "hòa");
  // "thuỷ" as u + y + combining hook above.
  CHECK(NormalizeVietnamese("thuy\xCC\x89") == "thủy");
  CHECK(NormalizeVietnamese("hòa") == NormalizeVietnamese("hoà"));
}

TEST_CASE("NormalizeVietnamese: invalid UTF-8 becomes U+FFFD instead of failing") {
  const std::string out = NormalizeVietnamese(std::string("ho\xFF\xC3", 4));
  CHECK(out.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(out.rfind("ho", 0) == 0);
}
