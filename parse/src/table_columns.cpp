// Column rules: "Nội dung (nhiệm vụ / công việc)", "Nhiệm vụ", "Tên nhiệm vụ" → the task;
// "(Cơ quan / Đơn vị) chủ trì", "Đơn vị thực hiện" → lead; "(Cơ quan / Đơn vị) phối hợp" →
// support; "Thời gian (hoàn thành / thực hiện)", "Thời hạn", "Tiến độ" → deadline; "STT", "TT"
// → number; anything else ("Sản phẩm", "Kinh phí", "Ghi chú") is ignored.
//
// Layout tables, with examples:
// - a tab separates two cells, so two tabs in a row leave an empty cell (Word: "2\tRà soát hồ
//   sơ\tSở Nội vụ\t\tTháng 3/2025", no support body); the table ends at a line without a tab;
// - from `pdftotext -layout` a run of two or more spaces separates cells ("Sở Y tế" keeps its
//   single spaces). The header may wrap ("Cơ quan" / "chủ trì", "Thời" / "hạn": the second
//   line's words join the header cell they sit under) and its words are centred over their
//   columns, so a column's cells start left of its name: the bound between two columns is the
//   gutter, the display column between their names that the rows' cells cover least. A cell
//   belongs to the column its start falls in, so a wrapped cell ("      hộ gia đình chính
//   sách ...") continues its column. The header row repeated after a page break is dropped
//   (page numbers already are). The table ends at a paragraph: a lone cell that starts in the
//   number column without a number, or one that runs across most of the columns.
#include "table_columns.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>

#include "block_builder.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {
namespace {

struct RawCell {
  CellRange bytes;
  std::size_t column = 0;  // display column (code points from the line start)
  std::size_t end_column = 0;
};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f'; }

// Lines a table runs through without ending: blanks, rules and page numbers between its rows.
bool PassedOver(const Line& l) {
  return l.kind == LineKind::kBlank || l.kind == LineKind::kSeparator ||
         l.kind == LineKind::kPageNumber;
}

std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Cells of text[b, e): on each tab (empty cells kept) or on runs of 2+ spaces.
std::vector<RawCell> SplitRaw(std::string_view text, std::size_t b, std::size_t e, bool tabs) {
  std::vector<RawCell> out;
  auto flush = [&](std::size_t s, std::size_t t, std::size_t column) {
    while (s < t && IsBlank(text[s])) ++s, ++column;
    while (t > s && IsBlank(text[t - 1])) --t;
    if (s == t && !tabs) return;
    out.push_back({{s, t}, column, column + CodePoints(text.substr(s, t - s))});
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

// Whether `s` holds two spaces in a row, eight bytes at a time: every text line is asked, and
// searching for "  " stops at each of its spaces.
bool HasDoubleSpace(std::string_view s) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  std::size_t i = 0;
  for (; i + 9 <= s.size(); i += 8) {
    std::uint64_t a, b;
    std::memcpy(&a, s.data() + i, 8);
    std::memcpy(&b, s.data() + i + 1, 8);
    const std::uint64_t x = (a ^ (kOnes * ' ')) | (b ^ (kOnes * ' '));  // a zero byte: two spaces
    if ((x - kOnes) & ~x & kHigh) return true;
  }
  for (; i + 1 < s.size(); ++i)
    if (s[i] == ' ' && s[i + 1] == ' ') return true;
  return false;
}

// Column names are short and hold no number or sentence stop: "1. Sở Nội vụ chủ trì  thực
// hiện nhiệm vụ  phối hợp ..." is a sentence with double spaces. These cheap tests come first:
// a layout-preserving conversion double-spaces many lines.
bool ShortNames(std::string_view text, const std::vector<RawCell>& cells) {
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
  return named >= 3;
}

// A task column and a lead, support or deadline column among the names.
bool NamesTaskTable(const std::vector<std::string>& names) {
  bool task = false, role = false;
  for (const std::string& n : names) {
    if (n.empty()) continue;
    TableColumn k = ColumnOfHeader(n);
    task = task || k == TableColumn::kTask;
    role = role || k == TableColumn::kLead || k == TableColumn::kSupport ||
           k == TableColumn::kDeadline;
  }
  return task && role;
}

std::vector<std::string> Names(std::string_view text, const std::vector<RawCell>& cells) {
  std::vector<std::string> names;
  for (const RawCell& c : cells)
    names.emplace_back(text.substr(c.bytes.begin, c.bytes.end - c.bytes.begin));
  return names;
}

bool IsHeader(std::string_view text, const std::vector<RawCell>& cells) {
  return ShortNames(text, cells) && NamesTaskTable(Names(text, cells));
}

void MakeRow(Line& line, std::vector<CellRange> cells) {
  line.kind = LineKind::kTableRow;
  line.marker = MarkerStyle::kNone;
  line.ordinal = 0;
  line.label.clear();
  line.content = line.begin;
  line.cells = std::move(cells);
}

// The cells of a tab-separated row, one range per header column: cell k under column k.
std::vector<CellRange> ByColumn(const std::vector<RawCell>& cells, std::size_t columns) {
  std::vector<CellRange> out(columns);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::size_t k = std::min(i, columns - 1);
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

// A header cell's words, as the column they name: "Cơ quan" on the header line and "chủ trì"
// under it are one column spanning [begin, end) display columns.
struct HeaderSpan {
  std::size_t begin = 0, end = 0;
};

// Short words without digits or sentence stops: a header line or its wrapped second line.
bool HeaderWords(std::string_view text, const std::vector<RawCell>& cells) {
  for (const RawCell& c : cells) {
    std::string_view t = text.substr(c.bytes.begin, c.bytes.end - c.bytes.begin);
    std::size_t words = 1;
    for (char ch : t) {
      words += ch == ' ';
      if ((ch >= '0' && ch <= '9') || ch == '.' || ch == ';' || ch == ',') return false;
    }
    if (words > 4) return false;
  }
  return !cells.empty();
}

// The cells' texts with single spaces, "|" between cells: a header row repeated after a page
// break reads the same as the first one.
std::string RowKey(std::string_view text, const std::vector<RawCell>& cells) {
  std::string key;
  for (const RawCell& c : cells) {
    key += '|';
    bool space = false;
    for (std::size_t p = c.bytes.begin; p < c.bytes.end; ++p) {
      if (IsBlank(text[p])) {
        space = true;
        continue;
      }
      if (space) key += ' ';
      space = false;
      key += text[p];
    }
  }
  return key;
}

// Index of the header column whose span overlaps [b, e) most (the nearest when none does).
std::size_t NearestSpan(const std::vector<HeaderSpan>& spans, std::size_t b, std::size_t e) {
  std::size_t best = 0;
  long best_score = std::numeric_limits<long>::min();
  for (std::size_t k = 0; k < spans.size(); ++k) {
    long lo = static_cast<long>(std::max(b, spans[k].begin));
    long hi = static_cast<long>(std::min(e, spans[k].end));
    long score = hi - lo;  // overlap when positive, minus the distance otherwise
    if (score > best_score) best_score = score, best = k;
  }
  return best;
}

// The cells of a row, one range per column; a cell belongs to the column its start falls in
// (bounds[k] is the first display column of column k + 1).
std::vector<CellRange> ByBounds(const std::vector<RawCell>& cells,
                                const std::vector<std::size_t>& bounds) {
  std::vector<CellRange> out(bounds.size() + 1);
  for (const RawCell& c : cells) {
    std::size_t k = 0;
    while (k < bounds.size() && c.column >= bounds[k]) ++k;
    if (out[k].begin == out[k].end) out[k] = c.bytes;
    else out[k].end = c.bytes.end;
  }
  std::size_t at = cells.empty() ? 0 : cells.front().bytes.begin;
  for (CellRange& r : out) {
    if (r.begin == r.end) r = {at, at};
    else at = r.end;
  }
  return out;
}

// A header row that names its columns only with its wrapped second line: "Đơn vị" / "chủ
// trì", "Thời" / "hạn".
bool IsWrappedHeader(std::string_view text, const std::vector<Line>& lines, std::size_t first,
                     const std::vector<RawCell>& head) {
  if (first + 1 >= lines.size() || lines[first + 1].kind != LineKind::kText ||
      !ShortNames(text, head))
    return false;
  std::vector<RawCell> next = SplitRaw(text, lines[first + 1].begin, lines[first + 1].end, false);
  if (!HeaderWords(text, next) || next.front().column < head.front().end_column) return false;
  std::vector<HeaderSpan> spans;
  for (const RawCell& c : head) spans.push_back({c.column, c.end_column});
  std::vector<std::string> names = Names(text, head);
  for (const RawCell& c : next) {
    std::string& n = names[NearestSpan(spans, c.column, c.end_column)];
    n += ' ';
    n += text.substr(c.bytes.begin, c.bytes.end - c.bytes.begin);
  }
  return NamesTaskTable(names);
}

// A table laid out with runs of spaces whose header row is lines[first] (cut into `head`).
// Returns the index of the first line after the table.
std::size_t MarkSpaceTable(std::string_view text, std::vector<Line>& lines, std::size_t first,
                           const std::vector<RawCell>& head) {
  std::vector<HeaderSpan> spans;
  for (const RawCell& c : head) spans.push_back({c.column, c.end_column});
  std::vector<std::string> header_keys{RowKey(text, head)};
  std::vector<std::size_t> header_lines{first};
  // The header wrapped: "Cơ quan" / "chủ trì", "Thời gian" / "hoàn thành".
  std::size_t j = first + 1;
  for (; j < lines.size() && j <= first + 3; ++j) {
    const Line& l = lines[j];
    if (l.kind != LineKind::kText) break;
    std::vector<RawCell> cells = SplitRaw(text, l.begin, l.end, false);
    if (!HeaderWords(text, cells) || cells.front().column < spans.front().end) break;
    for (const RawCell& c : cells) {
      HeaderSpan& s = spans[NearestSpan(spans, c.column, c.end_column)];
      s.begin = std::min(s.begin, c.column);
      s.end = std::max(s.end, c.end_column);
    }
    header_keys.push_back(RowKey(text, cells));
    header_lines.push_back(j);
  }
  // The rows, up to the first line that is not one: a paragraph that starts in the number
  // column or runs across the columns (a row's lone cell fits its column).
  std::size_t width = 0;
  for (const HeaderSpan& s : spans) width = std::max(width, s.end);
  struct Row {
    std::size_t line;
    std::vector<RawCell> cells;
  };
  std::vector<Row> rows;
  for (; j < lines.size(); ++j) {
    Line& l = lines[j];
    if (PassedOver(l)) continue;
    if (l.kind != LineKind::kText) break;
    std::vector<RawCell> cells = SplitRaw(text, l.begin, l.end, false);
    if (cells.empty()) continue;
    std::string key = RowKey(text, cells);
    if (std::find(header_keys.begin(), header_keys.end(), key) != header_keys.end()) {
      l.kind = LineKind::kBoilerplate;  // the header row repeated on the next page
      continue;
    }
    if (cells.size() == 1) {
      const RawCell& c = cells.front();
      std::string_view t = text.substr(c.bytes.begin, c.bytes.end - c.bytes.begin);
      bool numbered = !t.empty() && ((t[0] >= '0' && t[0] <= '9') || t[0] == 'I' || t[0] == 'V' ||
                                     t[0] == 'X');
      if (c.column < spans.front().end && !numbered) break;
      if ((c.end_column - c.column) * 10 >= width * 6) break;
    }
    rows.push_back({j, std::move(cells)});
  }
  // Column bounds: between two header columns, the display column that the rows' cells cover
  // least (the gutter of white space the layout keeps between columns), first of the longest
  // such run. Headers are centred over their columns, so the gutter lies between them.
  std::size_t right = width;
  for (const Row& r : rows)
    for (const RawCell& c : r.cells) right = std::max(right, c.end_column);
  std::vector<int> cover(right + 1, 0);
  for (const Row& r : rows)
    for (const RawCell& c : r.cells)
      for (std::size_t p = c.column; p < c.end_column; ++p) ++cover[p];
  std::vector<std::size_t> bounds;
  for (std::size_t k = 0; k + 1 < spans.size(); ++k) {
    std::size_t lo = std::max(spans[k].end, bounds.empty() ? 0 : bounds.back());
    std::size_t hi = std::max(lo, spans[k + 1].begin);
    std::size_t best = hi, best_len = 0;
    int best_cover = std::numeric_limits<int>::max();
    for (std::size_t p = lo; p <= hi;) {
      std::size_t q = p;
      while (q <= hi && cover[q] == cover[p]) ++q;
      if (cover[p] < best_cover || (cover[p] == best_cover && q - p > best_len))
        best = p, best_len = q - p, best_cover = cover[p];
      p = q;
    }
    bounds.push_back(best);
  }
  for (std::size_t h : header_lines) {
    std::vector<RawCell> cells = SplitRaw(text, lines[h].begin, lines[h].end, false);
    MakeRow(lines[h], ByBounds(cells, bounds));
  }
  for (Row& r : rows) MakeRow(lines[r.line], ByBounds(r.cells, bounds));
  return rows.empty() ? header_lines.back() + 1 : rows.back().line + 1;
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
    if (!tabs && !HasDoubleSpace(raw)) continue;
    std::vector<RawCell> head = SplitRaw(text, lines[i].begin, lines[i].end, tabs);
    if (head.size() < 3) continue;
    if (!IsHeader(text, head) && (tabs || !IsWrappedHeader(text, lines, i, head))) continue;
    if (!tabs) {
      i = MarkSpaceTable(text, lines, i, head) - 1;
      continue;
    }
    MakeRow(lines[i], ByColumn(head, head.size()));
    std::size_t j = i + 1;
    std::size_t short_row = 0;  // cells of the row line above when it stopped short of the header
    for (; j < lines.size(); ++j) {
      Line& l = lines[j];
      if (PassedOver(l)) continue;
      if (l.kind != LineKind::kText) break;
      std::string_view r = text.substr(l.begin, l.end - l.begin);
      if (r.find('\t') == std::string_view::npos) break;
      std::vector<RawCell> cells = SplitRaw(text, l.begin, l.end, tabs);
      if (cells.empty()) continue;
      // A cell holding a line break splits its row over two lines ("2<TAB>Rà soát ...<TAB>Công
      // an phường<TAB>Văn phòng HĐND và UBND phường;" / "Các tổ dân phố<TAB>Trước ngày
      // 03/02/2026<TAB>Danh sách cử tri"): when the two together fill the header once, sharing
      // the broken cell, the second line's cells stand under the columns where the first ended.
      // Only a numbered row breaks so, and only text goes on under it: a first cell of a few
      // bytes ("a", "-", "2", "II") is the number or bullet of a row of its own.
      const std::size_t n = cells.size();
      const unsigned char lead = static_cast<unsigned char>(text[cells[0].bytes.begin]);
      const bool marker = cells[0].bytes.end - cells[0].bytes.begin <= 3;
      if (short_row > 0 && n < head.size() && short_row + n - 1 == head.size() && !marker &&
          !(lead >= '0' && lead <= '9') && lead != 'I' && lead != 'V' && lead != 'X') {
        cells.insert(cells.begin(), short_row - 1, RawCell{{l.begin, l.begin}, 0, 0});
        short_row = 0;
      } else {
        short_row = n < head.size() && lead >= '0' && lead <= '9' ? n : 0;
      }
      MakeRow(l, ByColumn(cells, head.size()));
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
