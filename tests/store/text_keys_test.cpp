#include "text_keys.h"

#include <string>
#include <vector>

#include "support/test_util.h"

namespace chidao::store_internal {
namespace {

std::vector<std::string> Keys(std::string_view text, KeyKind kind) {
  std::vector<std::string> out;
  ForEachToken(text, kind, [&](std::string_view key, std::size_t, std::size_t) {
    out.emplace_back(key);
    return true;
  });
  return out;
}

TEST_CASE("TextKeys: fold keys drop case, every mark and the stroke of đ") {
  CHECK(Keys("Đào tạo CÁN BỘ", KeyKind::kFold) ==
        std::vector<std::string>{"dao", "tao", "can", "bo"});
  CHECK(Keys("tiêm vắc-xin COVID-19", KeyKind::kFold) ==
        std::vector<std::string>{"tiem", "vac", "xin", "covid", "19"});
  CHECK(TokenKey("ĐỒNG", KeyKind::kFold) == "dong");
}

TEST_CASE("TextKeys: exact keys keep tones apart but ignore where the tone sits") {
  CHECK(TokenKey("thể", KeyKind::kExact) != TokenKey("thế", KeyKind::kExact));
  CHECK(TokenKey("hoà", KeyKind::kExact) == TokenKey("hòa", KeyKind::kExact));
  CHECK(TokenKey("THUỶ", KeyKind::kExact) == TokenKey("thủy", KeyKind::kExact));
  CHECK(TokenKey("Đào", KeyKind::kExact) == TokenKey("đào", KeyKind::kExact));
  CHECK(TokenKey("đào", KeyKind::kExact) != TokenKey("dao", KeyKind::kExact));
  CHECK(TokenKey("can", KeyKind::kExact) == "can");
}

TEST_CASE("TextKeys: decomposed (NFD) text gets the same keys as composed text") {
  const std::string nfd = "the\xcc\x82\xcc\x89";  // e + circumflex + hook above = "thể"
  CHECK(TokenKey(nfd, KeyKind::kExact) == TokenKey("thể", KeyKind::kExact));
  CHECK(TokenKey(nfd, KeyKind::kFold) == "the");
}

TEST_CASE("TextKeys: token offsets point into the original text") {
  std::string text = "Sở Y tế, (Đào tạo)";
  std::vector<std::string> words;
  ForEachToken(text, KeyKind::kFold, [&](std::string_view, std::size_t b, std::size_t e) {
    words.push_back(text.substr(b, e - b));
    return true;
  });
  CHECK(words == std::vector<std::string>{"Sở", "Y", "tế", "Đào", "tạo"});
}

TEST_CASE("TextKeys: other scripts and invalid UTF-8 are handled without a crash") {
  CHECK(Keys("Привет 北京", KeyKind::kFold) == std::vector<std::string>{"привет", "北京"});
  CHECK(Keys("a\xff\xfe b", KeyKind::kFold) == std::vector<std::string>{"a", "b"});
  CHECK(Keys("", KeyKind::kExact).empty());
  CHECK_FALSE(HasToken(" ,.;:*^()\"- "));
  CHECK(HasDiacritics("tiêm"));
  CHECK(HasDiacritics("đi"));
  CHECK_FALSE(HasDiacritics("Tiem VAC xin"));
}

}  // namespace
}  // namespace chidao::store_internal
