// Lines and cells of a document's text, as the header and the signature block need them.
// Internal to chidao::parse.
//
// A converted two-column layout puts the left and right columns on one line, separated by a run
// of spaces ("Nơi nhận:          KT. CHỦ TỊCH") or by "|" (seed 002); each such piece is a cell.
// Offsets are bytes into the text the lines were cut from; the cells are trimmed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chidao {

struct TextLine {
  std::size_t begin = 0, end = 0;  // without the "\n"
  std::string_view text;
  bool blank = true;               // only whitespace and layout separators ("|", "---")
};

struct Cell {
  std::size_t begin = 0, end = 0;
  std::string_view text;  // trimmed
  int line = 0;           // index into the lines it was cut from
  int column = 0;         // 0 = first cell of its line
};

// The line of text[from, to) that starts at `from` (from < to). The next one starts at end + 1.
// For scans that stop early: they read a line at a time instead of splitting the whole range.
TextLine LineAt(std::string_view text, std::size_t from, std::size_t to);

// Lines of text[from, to). At most max_lines lines (the rest is not read).
std::vector<TextLine> SplitLines(std::string_view text, std::size_t from, std::size_t to,
                                 std::size_t max_lines = static_cast<std::size_t>(-1));

// Cells of one line: split on "|", tabs and runs of three or more spaces; empty cells dropped.
std::vector<Cell> SplitCells(std::string_view text, const TextLine& line, int line_index);

// True when a cell or line has no letter or digit: "-------", "|", "*", "___".
bool IsSeparator(std::string_view s);

}  // namespace chidao
