// Internal header of chidao::parse (not part of its API).
//
// Appendix task tables (DOMAIN.md §6): pipe tables such as
//   | STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |
// whose columns are recognised by their header names, not their positions (tables separated
// by tabs or runs of spaces reach here as "|" rows: table_columns.h). Group rows ("| I |
// Nhóm nhiệm vụ ... | | |") give a section component; rows whose number cell is empty continue
// the row above (a cell wrapped over two lines), except right under the header, where they are
// its wrapped second line ("| | | chủ trì | | hoàn thành |"), and under a group row, where they
// wrap its title.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "block_builder.h"

namespace chidao::parse_internal {

struct TableTaskRow {
  std::size_t block = 0;  // index of the block of the row's first line
  std::string group;      // "I" (from the last group row), may be empty
  std::string number;     // "1" (STT cell)
  std::string task;       // Nội dung nhiệm vụ
  std::string lead;       // Cơ quan chủ trì
  std::string support;    // Cơ quan phối hợp
  std::string deadline;   // Thời gian hoàn thành
  std::size_t task_begin = 0, task_end = 0;  // byte range of the task cell in the block text
};

// Rows of the table made of blocks[first, last) (all table rows). Empty when the table has no
// recognisable task column (a table of figures, a layout table).
std::vector<TableTaskRow> ParseTaskTable(const std::vector<Block>& blocks, std::size_t first,
                                         std::size_t last);

}  // namespace chidao::parse_internal
