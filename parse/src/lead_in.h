// Internal header of chidao::parse (not part of its API).
//
// A lead-in is the unnumbered sentence ending in ":" that introduces the items below it: "Bộ
// Y tế đề nghị UBND các tỉnh, thành phố ... chỉ đạo triển khai ngay các nội dung sau:",
// "Chủ tịch UBND tỉnh yêu cầu:", "Các sở, ngành thực hiện tốt các nhiệm vụ sau:". The bodies
// it assigns (the object of "giao"/"yêu cầu"/"đề nghị", else its subject) are responsible for
// the items that name no body of their own (DOMAIN.md §4). When the issuer or another body
// speaks this way after a finished item ("3. Sở Tài chính tham mưu ... .\nBộ Y tế giao:\na)
// ..."), the items that follow are its own, not sub-items of the one before.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "body_matcher.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {

struct LeadIn {
  bool speaks = false;               // opens with an assignment: "X giao:", "Yêu cầu ...:"
  std::vector<BodyMention> bodies;   // who is made responsible; empty when none is named
};

// The lead-in that `words` (one block, cut from `text`) makes, or nullopt when the block
// neither ends in ":" nor announces what follows, or names no responsible body and assigns
// nothing.
std::optional<LeadIn> ReadLeadIn(const std::vector<Word>& words, std::string_view text);

// True when words[begin, end) announces what follows rather than directing anything itself,
// whatever its final stop: "Chủ tịch UBND tỉnh yêu cầu các cơ quan ... thực hiện các nội dung
// sau.", "... chỉ đạo như sau:", "... các nhiệm vụ sau đây".
bool AnnouncesFollowing(const std::vector<Word>& words, std::size_t begin, std::size_t end);

}  // namespace chidao::parse_internal
