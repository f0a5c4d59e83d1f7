// Internal header of chidao::parse (not part of its API).
//
// The section tree of a directive: each block's path ("III.1", "Điều 2", "II.2.a",
// "Phụ lục"), whether it is a heading rather than a measure ("II. NHIỆM VỤ", "1. Sở Y tế",
// "c) Yêu cầu UBND các huyện, thành phố:"), the bodies of the nearest body heading above it,
// whether it sits in a section that holds no tasks ("I. MỤC TIÊU", "1. Mục đích", "IV. KINH
// PHÍ"), and whether it is preamble (the recitals and background before the first item of a
// document that has items). Numbering styles nest in the order they first appear (roman >
// arabic > letter, "Điều" > "1." > "a)", bullets below); a style seen again closes the deeper
// ones. The stack holds one entry per style, so no input can make it deep.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "block_builder.h"
#include "body_matcher.h"
#include "chidao/directive.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {

struct BlockContext {
  std::string path;            // numbering components joined by "."; bullets add none
  std::string parent_path;     // path of the enclosing item's parent ("III" for "III.20")
  int level = 0;               // depth of the block's item in the numbering stack
  bool numbered = false;       // the block opens a numbered or bulleted item
  bool heading = false;        // a title or body heading, not a measure
  std::size_t heading_end = 0; // for a body heading followed by an inline measure: its first word
  bool non_task = false;       // inside an objectives/targets/funding/background section
  bool preamble = false;       // recital or background before the first item
  long item = -1;              // block index of the item an unnumbered block continues, -1: none
  std::vector<BodyRef> owners; // bodies of the nearest body heading above (or of this heading)
};

// `words[i]` are the tokens of blocks[i].text. Fills `sections` with the headings and items.
// Blocks that start before `header_end` (a document offset: the header, the subject, the
// "Kính gửi" or "điện:" list of addressees) take no part in the numbering: a dashed addressee
// list is not the outermost level of the body's items.
std::vector<BlockContext> BuildSectionTree(const std::vector<Block>& blocks,
                                           const std::vector<std::vector<Word>>& words,
                                           bool wrapped, std::size_t header_end,
                                           std::vector<Section>* sections);

}  // namespace chidao::parse_internal
