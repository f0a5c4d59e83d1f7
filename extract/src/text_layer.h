// Internal to chidao::extract. Judging a PDF page's text layer: can its text be used as it is,
// or must the page be OCRed?
//
// A layer is unusable when it has no visible characters, or is mostly garbage: U+25A1 "□" and
// U+FFFD (glyphs without a Unicode mapping), private-use code points (symbol fonts), control
// characters. A layer with too few letters for the page's area (a scanned page carrying only a
// stamped page number or a header added by a scanner) is "sparse": OCR is tried and wins only
// when it reads clearly more. Legacy TCVN3/VNI layers are judged usable here; the caller
// detects and transcodes them.
#pragma once

#include <string_view>

namespace chidao {

enum class TextLayerQuality {
  kUsable,
  kSparse,    // too few letters for the page: try OCR, keep whichever reads more
  kUnusable,  // empty or garbage: OCR it
};

struct TextLayerStats {
  int letters = 0;    // Unicode letters (marks included in their letter), outside private use
  int garbage = 0;    // boxes, U+FFFD, private use, control characters
  int visible = 0;    // every non-space code point
};

TextLayerStats CountTextLayer(std::string_view utf8);

// `page_area_pt2` is the page area in square points (A4 ≈ 595 × 842).
TextLayerQuality AssessTextLayer(std::string_view utf8, double page_area_pt2);

}  // namespace chidao
