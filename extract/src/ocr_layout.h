// Internal to chidao::extract. LayOutOcrLines: the text of an OCRed page from its recognised
// lines and word positions, keeping side-by-side columns apart.
//
// Why: every directive opens with two columns on the same baselines, the issuer on the left
// and the national title on the right ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
// NAM"), and Tesseract reads each row across both, which glues the issuer to the motto. A
// run of consecutive lines that each have one wide gap (over kColumnGap line heights, far
// more than any justified word space) is given column by column: every left part, then every
// right part, as a text layer gives the header table's cells. A line with two or more wide
// gaps is a table row; its cells are joined with " | ", the table convention of text files.
// Other lines come out as Tesseract read them, a blank line before each new paragraph.
#pragma once

#include <string>
#include <vector>

namespace chidao {

struct OcrWord {
  std::string text;  // UTF-8
  int left = 0;      // pixels
  int right = 0;
};

struct OcrLine {
  std::vector<OcrWord> words;  // in reading order
  int height = 0;              // of the line's bounding box, pixels
  bool starts_paragraph = false;
};

// A gap wider than this many line heights separates two columns or table cells.
inline constexpr double kColumnGap = 3.0;

std::string LayOutOcrLines(const std::vector<OcrLine>& lines);

}  // namespace chidao
