// Row rules: columns are known by their header names (table_columns.h), a header wrapped over
// two rows by both ("Cơ quan" / "chủ trì"); a group row (roman number, no bodies, no deadline)
// gives the section component of the rows below it; a row with no number continues the row
// above, the group row's title or the header; a row numbering the columns ("(1) | (2) | ...")
// is part of the header. Rows laid out with tabs or spaces arrive here as "|"
// rows (table_columns.h), so one cell splitter serves every separator.
#include "task_table.h"

#include <algorithm>
#include <string_view>

#include "line_classifier.h"
#include "table_columns.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {
namespace {

struct Cell {
  std::string text;
  std::size_t begin = 0, end = 0;  // in the block text
};

std::vector<Cell> SplitCells(const std::string& row) {
  std::vector<Cell> cells;
  std::size_t start = 0;
  if (!row.empty() && row[0] == '|') start = 1;
  while (start <= row.size()) {
    std::size_t bar = row.find('|', start);
    if (bar == std::string::npos) bar = row.size();
    std::string_view raw = std::string_view(row).substr(start, bar - start);
    std::string_view t = Trim(raw);
    Cell c;
    c.text = std::string(t);
    c.begin = start + static_cast<std::size_t>(t.data() - raw.data());
    c.end = c.begin + t.size();
    if (!(bar == row.size() && raw.empty() && !cells.empty())) cells.push_back(std::move(c));
    if (bar == row.size()) break;
    start = bar + 1;
  }
  return cells;
}

// "Các sở, ban, ngành;<br>Sở Khoa học và Công nghệ": a converter writes a cell's paragraphs
// with an HTML line break, which separates bodies as ";" does and words as a space does.
std::string LineBreaksAs(const std::string& text, std::string_view with) {
  if (text.find('<') == std::string::npos) return text;
  std::string out;
  std::size_t from = 0, pos = 0;
  while ((pos = text.find('<', pos)) != std::string::npos) {
    std::size_t close = text.find('>', pos);
    if (close == std::string::npos) break;
    if (close - pos > 6) {  // "< 5%": a comparison, not a tag; a later "<br>" still counts
      ++pos;
      continue;
    }
    std::string tag;
    for (std::size_t i = pos + 1; i < close; ++i)
      if (text[i] != ' ' && text[i] != '/') tag += static_cast<char>(text[i] | 0x20);
    if (tag != "br") {
      ++pos;
      continue;
    }
    out.append(text, from, pos - from);
    // The break stands for the white space around it: "trẻ em <br>dưới" is "trẻ em dưới".
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += with;
    from = pos = close + 1;
    while (from < text.size() && text[from] == ' ') pos = ++from;
  }
  out.append(text, from, std::string::npos);
  return out;
}

bool IsRoman(const std::string& s) {
  if (s.empty() || s.size() > 6) return false;
  for (char c : s)
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
  return true;
}

// Short cells without digits: the wrapped second line of a header ("chủ trì", "hoàn thành").
bool HeaderWords(const std::vector<Cell>& cells) {
  for (const Cell& c : cells) {
    if (std::count(c.text.begin(), c.text.end(), ' ') > 3) return false;
    for (char ch : c.text)
      if (ch >= '0' && ch <= '9') return false;
  }
  return true;
}

// "(1) | (2) | (3) | ...": the row under a header that numbers its columns.
bool ColumnNumbers(const std::vector<Cell>& cells) {
  bool any = false;
  for (const Cell& c : cells) {
    if (c.text.empty()) continue;
    const std::string& t = c.text;
    if (t.size() < 3 || t.size() > 4 || t.front() != '(' || t.back() != ')') return false;
    for (std::size_t i = 1; i + 1 < t.size(); ++i)
      if (t[i] < '0' || t[i] > '9') return false;
    any = true;
  }
  return any;
}

}  // namespace

std::vector<TableTaskRow> ParseTaskTable(const std::vector<Block>& blocks, std::size_t first,
                                         std::size_t last) {
  std::vector<TableTaskRow> rows;
  std::vector<TableColumn> columns;
  std::vector<std::string> names;  // header cell texts, wrapped lines joined
  bool has_task = false, data_seen = false, in_group = false;
  std::size_t header_end = 0;  // the block after the header's last line
  std::string group;
  std::size_t last_row_block = 0;
  auto append = [](std::string& to, const std::string& more) {
    if (more.empty()) return;
    if (!to.empty()) to += ' ';
    to += more;
  };
  for (std::size_t b = first; b < last; ++b) {
    std::vector<Cell> cells = SplitCells(blocks[b].text);
    if (columns.empty()) {
      std::vector<TableColumn> cols;
      for (const Cell& c : cells) cols.push_back(ColumnOfHeader(c.text));
      for (TableColumn c : cols) has_task = has_task || c == TableColumn::kTask;
      if (has_task) {
        columns = std::move(cols);
        for (const Cell& c : cells) names.push_back(c.text);
        header_end = b + 1;
      }
      continue;  // header rows (or rows of a table without a task column) are no tasks
    }
    TableTaskRow row;
    row.block = b;
    bool any = false;
    for (std::size_t k = 0; k < cells.size() && k < columns.size(); ++k) {
      const Cell& c = cells[k];
      any = any || !c.text.empty();
      switch (columns[k]) {
        case TableColumn::kNumber: row.number = c.text; break;
        case TableColumn::kTask:
          row.task = LineBreaksAs(c.text, " ");
          row.task_begin = c.begin;
          row.task_end = c.end;
          break;
        case TableColumn::kLead: row.lead = LineBreaksAs(c.text, ";"); break;
        case TableColumn::kSupport: row.support = LineBreaksAs(c.text, ";"); break;
        case TableColumn::kDeadline: row.deadline = LineBreaksAs(c.text, " "); break;
        case TableColumn::kOther: break;
      }
    }
    if (!any) continue;
    if (!data_seen && ColumnNumbers(cells)) continue;
    // Before the first numbered row, a row without a number is the header's wrapped second
    // line: "Cơ quan" / "chủ trì" names the lead column.
    bool numbered_table =
        std::find(columns.begin(), columns.end(), TableColumn::kNumber) != columns.end();
    if (!data_seen && numbered_table && row.number.empty() && b == header_end &&
        HeaderWords(cells)) {
      header_end = b + 1;
      for (std::size_t k = 0; k < cells.size() && k < names.size(); ++k) {
        append(names[k], cells[k].text);
        columns[k] = ColumnOfHeader(names[k]);
      }
      continue;
    }
    // A group row: roman number, no bodies, no deadline; its wrapped title is no task either.
    if (IsRoman(row.number) && row.lead.empty() && row.support.empty() && row.deadline.empty()) {
      group = row.number;
      data_seen = in_group = true;
      continue;
    }
    if (row.number.empty() && in_group) continue;
    // A row with no number continues the row above (a wrapped cell).
    if (row.number.empty() && !rows.empty() && last_row_block + 1 == b) {
      last_row_block = b;
      TableTaskRow& prev = rows.back();
      append(prev.task, row.task);
      append(prev.lead, row.lead);
      append(prev.support, row.support);
      append(prev.deadline, row.deadline);
      continue;
    }
    if (row.task.empty()) continue;
    data_seen = true;
    in_group = false;
    row.group = group;
    last_row_block = b;
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace chidao::parse_internal
