// Internal header of chidao::parse (not part of its API).
//
// Finds the public bodies (cơ quan, đơn vị) named in a span of words and gives each its
// canonical name (tests/gold/README.md): "Giám đốc Sở Y tế" → "Sở Y tế" (the title stands for
// the body), "Ủy ban nhân dân các huyện thành phố" → "UBND các huyện, thành phố", "Sở TT&TT" →
// "Sở Thông tin và Truyền thông", "Các Sở, Ban, ngành" → "các sở, ban, ngành" (one collective
// body), "Đài PT-TH tỉnh" → "Đài Phát thanh - Truyền hình tỉnh". The spelling found is kept as
// BodyRef::alias. Lists split into their bodies ("Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh" is
// two), and fields listed bare after "Giám đốc các Sở:" or "Thủ trưởng các đơn vị:" are
// completed ("Giao thông Vận tải" → "Sở Giao thông Vận tải").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/directive.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {

struct BodyMention {
  std::size_t first = 0;     // first word, title included
  std::size_t end = 0;       // one past the last word
  BodyRef ref;
  bool collective = false;   // "các sở, ban, ngành", "UBND các huyện, thành phố"
  bool generic = false;      // a common noun without determiner: "doanh nghiệp", "ngành than"
  bool issuer_like = false;  // "UBND tỉnh", "Ban Thường vụ Tỉnh ủy": who issues directives
  // The short name the text gives the body right after it ("Ban Quản lý các khu công nghiệp
  // tỉnh (sau đây gọi tắt là Ban Quản lý)"), as written; set by MatchBodyListAt, else empty.
  std::string short_name;
};

// The body whose name (or a title before it) starts at words[i]; nullopt if none. `text` is
// the string the words were cut from (for the alias).
std::optional<BodyMention> MatchBodyAt(const std::vector<Word>& words, std::size_t i,
                                       std::string_view text);

// The list of bodies starting at words[i], separated by ",", ";" or "và"; `*end` receives the
// index after the list (== i when there is none). A short name defined after a body ("(sau đây
// gọi tắt là Ban Quản lý)") is kept in its BodyMention::short_name and the list reads on.
std::vector<BodyMention> MatchBodyListAt(const std::vector<Word>& words, std::size_t i,
                                         std::string_view text, std::size_t* end);

// A heading made of bodies: "Sở Y tế", "Đề nghị Ban Tuyên giáo Tỉnh ủy", "Yêu cầu UBND các
// huyện, thành phố:", "Phòng Nông nghiệp và PTNT (cơ quan thường trực ...)". `end_word` is
// where the heading stops: words.size() when it is the whole text, else the first word of an
// inline measure that follows it ("... Biên phòng tỉnh Tăng cường bảo đảm ...").
struct BodyHeading {
  std::vector<BodyMention> bodies;
  std::size_t end_word = 0;
};
std::optional<BodyHeading> MatchBodyHeading(const std::vector<Word>& words, std::string_view text);

}  // namespace chidao::parse_internal
