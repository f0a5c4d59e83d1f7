// Internal header of chidao::parse (not part of its API).
//
// Turns classified lines into blocks: paragraphs, list items and table rows, each with its
// text whitespace-normalised and every byte mapped back to the document. Lines that a layout
// hard-wrapped inside a paragraph ("4. Bộ Chỉ huy Bộ đội" / "Biên phòng tỉnh", seed 002) are
// joined; so are the two halves of a sentence split by a page break with its page number and
// running header. The parts of a document that are never tasks are left out: the header (issuer,
// Quốc hiệu, number, place and date, type and subject lines), the "Kính gửi" list, and the
// recipients and signature block, after which a new part may start (a plan attached to a
// Quyết định, an appendix: their numbering starts afresh).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "line_classifier.h"

namespace chidao::parse_internal {

struct Block {
  MarkerStyle marker = MarkerStyle::kNone;
  int ordinal = 0;
  std::string label;
  std::string text;                      // content after the marker, single spaces
  std::vector<std::uint32_t> source;     // source[i] = document offset of text[i]; +1 sentinel
  std::vector<std::size_t> line_breaks;  // offsets in `text` where two source lines were joined
  bool table_row = false;
  bool part_start = false;               // first block after a signature block
  bool all_caps = false;                 // every letter a capital ("II. NHIỆM VỤ", "QUYẾT ĐỊNH:")
};

struct Layout {
  std::vector<Block> blocks;
  bool web = false;      // a web article (boilerplate_filter.h)
  bool wrapped = false;  // lines hard-wrapped at a fixed width
};

Layout BuildBlocks(std::string_view text);

// True when `text` ends a sentence: ".", ":", ";", "!", "?", "./." (closing quotes skipped).
bool EndsSentence(std::string_view text);

}  // namespace chidao::parse_internal
