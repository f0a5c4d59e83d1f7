// Internal header of chidao::parse (not part of its API).
//
// What each physical line of a directive is: blank, a layout separator ("|", "-------"), a page
// number, a pipe-table row, or text; and for text, the list marker it opens with, if any:
// roman "II.", arabic "3." / "3-" / "3)", letter "a)" / "đ)", article "Điều 2.", an appendix
// title "PHỤ LỤC", or a bullet "-", "+", "•" (OCR may read "•" as "°" or "*"). Only the line
// itself is looked at; sequence checks (is "3." really the next item?) belong to the
// section tree, and web boilerplate to boilerplate_filter.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace chidao::parse_internal {

enum class LineKind {
  kBlank,
  kText,
  kSeparator,    // "|", "-------", "___": layout rules, never content
  kPageNumber,   // "2", "- 2 -", "Trang 2"
  kTableRow,     // "| 1 | Nội dung | Sở TT&TT | ... |"
  kTableRule,    // "|---|---|"
  kBoilerplate,  // set later by the boilerplate filter (web menus, running headers...)
};

enum class MarkerStyle {
  kNone,
  kRoman,        // "II."
  kArabic,       // "3."
  kArabicSub,    // "3.1." (a numbered sub-item below "3.")
  kArabicDash,   // "3-"
  kArabicParen,  // "3)"
  kLetter,       // "a)", "đ)", "a."
  kArticle,      // "Điều 2."
  kAppendix,     // "PHỤ LỤC", "PHỤ LỤC I"
  kDash,         // "-", "–", "—"
  kPlus,         // "+"
  kDot,          // "•", "°", "*", "·", "▪"
};

// True for the bullet styles, which nest but add no component to a section path.
bool IsBullet(MarkerStyle style);

// Bytes [begin, end) of the document; empty when begin == end.
struct CellRange {
  std::size_t begin = 0, end = 0;
};

struct Line {
  std::size_t begin = 0;    // byte range of the line in the text, without its "\n"
  std::size_t end = 0;
  std::size_t content = 0;  // first byte after the marker and its spaces (== begin if none)
  LineKind kind = LineKind::kBlank;
  MarkerStyle marker = MarkerStyle::kNone;
  int ordinal = 0;          // value of the marker: II → 2, đ → 5, 3 → 3
  std::string label;        // "II", "3", "đ", "Điều 2", "Phụ lục"
  // A row of a table laid out with tabs or runs of spaces (table_columns.h): its text per
  // header column. Empty for "|" rows, whose cells the text itself separates.
  std::vector<CellRange> cells;
};

// Ordinal of a Vietnamese list letter: a=1 b=2 c=3 d=4 đ=5 e=6 g=7 h=8 i=9 k=10 ...; 0 if none.
int VietnameseLetterOrdinal(std::string_view letter);

// Classifies every line of `text` (split on "\n").
std::vector<Line> ClassifyLines(std::string_view text);

// `text` without leading and trailing spaces and tabs.
std::string_view Trim(std::string_view text);

}  // namespace chidao::parse_internal
