// Internal header of chidao::parse (not part of its API).
//
// The columns of an appendix task table (DOMAIN.md §6), known by their header names, and the
// tables whose cells are not separated by "|": text copied from Word puts a tab between cells
// ("1\tXây dựng kế hoạch\tSở Nội vụ\t\tQuý I/2025"), `pdftotext -layout` lines cells up with runs
// of spaces ("1   Xây dựng kế hoạch      Sở Nội vụ        Quý I/2025") and wraps a long cell
// onto the next lines under its own column. Such a table is recognised by its header row (a
// task column and a lead, support or deadline column; the header may wrap onto a second line);
// each of its lines then becomes a table row whose cells are given per header column, so that
// it reads like "| 1 | ... |" (task_table.h joins the lines of one numbered row).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "line_classifier.h"

namespace chidao::parse_internal {

enum class TableColumn { kOther, kNumber, kTask, kLead, kSupport, kDeadline };

// "Nội dung nhiệm vụ" → kTask, "Cơ quan chủ trì" → kLead, "Đơn vị phối hợp" → kSupport,
// "Thời gian hoàn thành" → kDeadline, "STT" → kNumber; anything else ("Sản phẩm") kOther.
TableColumn ColumnOfHeader(std::string_view header);

// Finds tab- and space-separated task tables among `lines` (cut from `text`) and marks their
// header and rows kTableRow, with Line::cells set (one range per header column).
void MarkLayoutTables(std::string_view text, std::vector<Line>& lines);

// Appends a layout-table row to a block as "| 1 | Xây dựng kế hoạch | Sở Nội vụ |  | Quý I |",
// each cell's white space collapsed, every byte mapped to the document.
struct Block;
void AppendTableCells(std::string_view text, const std::vector<CellRange>& cells, Block& b);

}  // namespace chidao::parse_internal
