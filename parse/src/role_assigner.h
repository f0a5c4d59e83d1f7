// Internal header of chidao::parse (not part of its API).
//
// Who leads and who supports a task, from its words (DOMAIN.md §4): the subject of the clause
// ("Sở Y tế chủ trì ...", "Công an tỉnh tăng cường ..."), the object of "giao" / "yêu cầu" /
// "đề nghị" ("Giao Sở Nội vụ chủ trì ..."), and, for support, the bodies after "phối hợp
// (với)" or "cùng (với)". A body that is only reported to, advised or directed ("báo cáo UBND
// tỉnh", "tham mưu UBND tỉnh", "chỉ đạo Công ty Điện lực") is neither; the issuer speaking
// ("UBND tỉnh yêu cầu ...") is neither. When the words name no lead, the caller uses the body
// heading the block.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "body_matcher.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {

struct Roles {
  std::vector<BodyMention> lead;
  std::vector<BodyMention> support;
};

// Roles named in words[begin, end) of `text`.
Roles AssignRoles(const std::vector<Word>& words, std::size_t begin, std::size_t end,
                  std::string_view text);

// The lead bodies of the sentence starting at words[begin] when it opens with its own subject
// (possibly after an adverbial phrase and a comma: "Đối với ..., Sở Giáo dục và Đào tạo khẩn
// trương ..."), or with "Giao/Yêu cầu/Đề nghị X"; empty otherwise. Used to split running prose
// where the responsible body changes.
std::vector<BodyMention> SentenceSubject(const std::vector<Word>& words, std::size_t begin,
                                         std::size_t end, std::string_view text);

}  // namespace chidao::parse_internal
