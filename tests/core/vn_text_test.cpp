#include "chidao/vn_text.h"

#include <catch2/catch.hpp>

using namespace chidao;

TEST_CASE("FoldDiacritics: removes tone and vowel marks, folds case and đ") {
  CHECK(FoldDiacritics("Tiêm vắc-xin") == "tiem vac-xin");
  CHECK(FoldDiacritics("ĐÀO TẠO") == "dao tao");
  CHECK(FoldDiacritics("Sở Y tế") == "so y te");
  CHECK(FoldDiacritics("hoà") == FoldDiacritics("hòa"));
  // NFD input folds the same as NFC input.
  CHECK(FoldDiacritics("ti\xC3\xaa\xCC\x80m") == "tiem");
}

TEST_CASE("ToNfc composes decomposed Vietnamese") {
  // "ề" as e + circumflex + grave (NFD) becomes one code point.
  CHECK(ToNfc("e\xCC\x82\xCC\x80") == "\xE1\xBB\x81");
}

TEST_CASE("ToLower and ToUpper handle Vietnamese capitals") {
  CHECK(ToLower("ỦY BAN NHÂN DÂN TỈNH") == "ủy ban nhân dân tỉnh");
  CHECK(ToUpper("đảng ủy") == "ĐẢNG ỦY");
}

TEST_CASE("IsValidUtf8 rejects broken sequences") {
  CHECK(IsValidUtf8("Việt Nam"));
  CHECK_FALSE(IsValidUtf8("\xC3"));
  CHECK_FALSE(IsValidUtf8("\xFF\xFE"));
}

