// Column rules: "Nội dung (nhiệm vụ / công việc)", "Nhiệm vụ", "Tên nhiệm vụ" → the task;
// "(Cơ quan / Đơn vị) chủ trì", "Đơn vị thực hiện" → lead; "(Cơ quan / Đơn vị) phối hợp" →
// support; "Thời gian (hoàn thành / thực hiện)", "Thời hạn", "Tiến độ" → deadline; "STT", "TT"
// → number; anything else ("Sản phẩm", "Kinh phí", "Ghi chú") is ignored.
//
// Layout tables, with examples:
// - a tab separates two cells, so two tabs in a row leave an empty cell (Word: "2\tRà soát hồ
//   sơ\tSở Nội vụ\t\tTháng 3/2025", no support body);
// - from `pdftotext -layout` a run of two or more spaces separates cells ("Sở Y tế" keeps its
//   single spaces); a cell belongs to the header column whose start is nearest its own, so a
//   wrapped cell ("                 và thống kê đất đai") continues its column;
// - the table ends at the first line that is not a row: for tabs a line without one, for spaces
//   a line that is one cell starting left of the second column (the paragraph after the table).
#include "table_columns.h"

#include <cstdlib>

#include "block_builder.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {
namespace {

struct RawCell {
  CellRange bytes;
  std::size_t column = 0;  // display column (code points from the line start)
};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Cells of text[b, e): on each tab (empty cells kept) or on runs of 2+ spaces.
std::vector<RawCell> SplitRaw(std::string_view text, std::size_t b, std::size_t e, bool tabs) {
  std::vector<RawCell> out;
  auto flush = [&](std::size_t s, std::size_t t, std::size_t column) {
    while (s < t && IsBlank(text[s])) ++s, ++column;
    while (t > s && IsBlank(text[t - 1])) --t;
    if (s == t && !tabs) return;
    out.push_back({{s, t}, column});
  };
  std::size_t start = b, start_col = 0, col = 0;
  for (std::size_t i = b; i < e;) {
    if (tabs && text[i] == '\t') {
      flush(start, i, start_col);
      start = ++i;
      start_col = ++col;
      continue;
    }
    if (!tabs && text[i] == ' ') {
      std::size_t j = i;
      while (j < e && text[j] == ' ') ++j;
      if (j - i >= 2) {
        flush(start, i, start_col);
        start = j;
        start_col = col + (j - i);
      }
      col += j - i;
      i = j;
      continue;
    }
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
    ++i;
  }
  flush(start, e, start_col);
  return out;
}

bool IsHeader(std::string_view text, const std::vector<RawCell>& cells) {
  // Column names are short and hold no number or sentence stop: "1. Sở Nội vụ chủ trì  thực
  // hiện nhiệm vụ  phối hợp ..." is a sentence with double spaces. These cheap tests come first:
  // a layout-preserving conversion double-spaces many lines.
  std::size_t named = 0;
  for (const RawCell& c : cells) {
    std::string_view t = text.substr(c.bytes.begin, c.bytes.end - c.bytes.begin);
    if (t.empty()) continue;
    ++named;
    std::size_t words = 1;
    for (char ch : t) {
      words += ch == ' ';
      if ((ch >= '0' && ch <= '9') || ch == '.' || ch == ';') return false;
    }
    if (words > 6) return false;
  }
  if (named < 3) return false;
  bool task = false, role = false;
  for (const RawCell& c : cells) {
    if (c.bytes.begin == c.bytes.end) continue;
    TableColumn k = ColumnOfHeader(text.substr(c.bytes.begin, c.bytes.end - c.bytes.begin));
    task = task || k == TableColumn::kTask;
    role = role || k == TableColumn::kLead || k == TableColumn::kSupport ||
           k == TableColumn::kDeadline;
  }
  return task && role;
}

void MakeRow(Line& line, std::vector<CellRange> cells) {
  line.kind = LineKind::kTableRow;
  line.marker = MarkerStyle::kNone;
  line.ordinal = 0;
  line.label.clear();
  line.content = line.begin;
  line.cells = std::move(cells);
}

// The cells of a row, one range per header column (starts[k] is column k's display column).
std::vector<CellRange> ByColumn(const std::vector<RawCell>& cells,
                                const std::vector<std::size_t>& starts, bool tabs) {
  std::vector<CellRange> out(starts.size());
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::size_t k = starts.size() - 1;
    if (tabs) {
      k = std::min(i, k);
    } else {
      std::size_t best = static_cast<std::size_t>(-1);
      for (std::size_t j = 0; j < starts.size(); ++j) {
        std::size_t d = cells[i].column > starts[j] ? cells[i].column - starts[j]
                                                    : starts[j] - cells[i].column;
        if (d < best) best = d, k = j;
      }
    }
    const CellRange& b = cells[i].bytes;
    if (b.begin == b.end) continue;
    if (out[k].begin == out[k].end) out[k] = b;
    else out[k].end = b.end;
  }
  // Empty columns sit where the row's text is, keeping the byte map in order.
  std::size_t at = cells.empty() ? 0 : cells.front().bytes.begin;
  for (CellRange& r : out) {
    if (r.begin == r.end) r = {at, at};
    else at = r.end;
  }
  return out;
}

}  // namespace

TableColumn ColumnOfHeader(std::string_view header) {
  std::string f = FoldPhrase(header);
  auto has = [&](std::string_view s) { return f.find(s) != std::string::npos; };
  if (f == "stt" || f == "tt" || f == "so tt" || f == "so thu tu") return TableColumn::kNumber;
  if (has("phoi hop")) return TableColumn::kSupport;
  if (has("chu tri") || has("don vi thuc hien") || has("co quan thuc hien") ||
      has("trach nhiem thuc hien"))
    return TableColumn::kLead;
  if (has("thoi gian") || has("thoi han") || has("tien do") || has("hoan thanh"))
    return TableColumn::kDeadline;
  if (has("noi dung") || has("nhiem vu") || has("cong viec") || has("giai phap"))
    return TableColumn::kTask;
  return TableColumn::kOther;
}

void MarkLayoutTables(std::string_view text, std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind != LineKind::kText || lines[i].marker != MarkerStyle::kNone) continue;
    std::string_view raw = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
    bool tabs = raw.find('\t') != std::string_view::npos;
    if (!tabs && raw.find("  ") == std::string_view::npos) continue;
    std::vector<RawCell> head = SplitRaw(text, lines[i].begin, lines[i].end, tabs);
    if (head.size() < 3 || !IsHeader(text, head)) continue;
    std::vector<std::size_t> starts;
    for (const RawCell& c : head) starts.push_back(c.column);
    MakeRow(lines[i], ByColumn(head, starts, tabs));
    std::size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      Line& l = lines[j];
      if (l.kind == LineKind::kBlank || l.kind == LineKind::kSeparator ||
          l.kind == LineKind::kPageNumber)
        continue;
      if (l.kind != LineKind::kText) break;
      std::string_view r = text.substr(l.begin, l.end - l.begin);
      if (tabs && r.find('\t') == std::string_view::npos) break;
      std::vector<RawCell> cells = SplitRaw(text, l.begin, l.end, tabs);
      if (cells.empty()) continue;
      if (!tabs && cells.size() == 1 && cells[0].column + 2 < starts[1]) break;
      MakeRow(l, ByColumn(cells, starts, tabs));
    }
    i = j - 1;
  }
}

void AppendTableCells(std::string_view text, const std::vector<CellRange>& cells, Block& b) {
  auto put = [&](char c, std::size_t src) {
    b.text.push_back(c);
    b.source.push_back(static_cast<std::uint32_t>(src));
  };
  put('|', cells.empty() ? 0 : cells.front().begin);
  for (const CellRange& r : cells) {
    put(' ', r.begin);
    bool space = false;
    for (std::size_t p = r.begin; p < r.end; ++p) {
      if (IsBlank(text[p])) {
        space = true;
        continue;
      }
      if (space) put(' ', p - 1);
      space = false;
      put(text[p], p);
    }
    put(' ', r.end);
    put('|', r.end);
  }
}

}  // namespace chidao::parse_internal
