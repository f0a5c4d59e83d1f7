// Text normalisation and the line-rejoining rules.
//
// Characters: NFC (ICU), one tone placement ("hoà" → "hòa"), CRLF/CR → LF, tab and the Unicode
// spaces (NBSP, thin space...) → space, form feed and U+2028/2029 → line break; C0/C1 controls,
// zero-width characters, soft hyphens, bidi marks and BOMs removed.
//
// Lines: trimmed; a layout "|" alone on a line dropped; an isolated page number ("2", "- 3 -",
// "Trang 4") and a running header repeated right after page numbers ("Chỉ thị số 12/CT-UBND ngày
// 20/8/2019 của UBND tỉnh Kiên Giang") dropped together with the blank lines around them, so a
// sentence broken by a page break ("vào Lưu trữ cơ" / "quan đúng thời hạn") joins again.
//
// Rejoining: a physical line B continues the paragraph ending in line A when, in this order:
//  1. A is a lone list marker: "-" + "Bộ Y tế;" → "- Bộ Y tế;", "I." + "MỤC TIÊU".
//  2. Never across a blank line, a table row "| ... |", a separator "-----", the motto. The
//     lines of a task table laid out with runs of spaces (`pdftotext -layout`: a header row
//     "STT   Nội dung nhiệm vụ   Cơ quan chủ trì ...", then its rows) keep their lines and
//     their leading spaces, which put a wrapped cell under its column.
//  3. Capitals: "KẾ HOẠCH" keeps its line, and the subject lines in capitals after such a type
//     line form one line ("TRIỂN" / "KHAI “THÍCH ỨNG ...” TRÊN ĐỊA" / "BÀN TỈNH CAO BẰNG"); the
//     national title joins when wrapped ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM"); two capitals
//     lines join when A stops mid-phrase ("SỞ GIÁO DỤC VÀ" / "ĐÀO TẠO"); otherwise a line in
//     capitals ("I. MỤC TIÊU", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") is a heading and stands alone.
//  4. B starting with a list marker ("-", "+", "•", "1.", "1-", "a)", "II.", "Điều 2.") starts
//     a new paragraph, except "- " + lowercase after an unpunctuated A that fills the width of a
//     hard-wrapped text (rule 10): a dash inside a phrase ("phát triển kinh tế" / "- xã hội"),
//     where a list in lowercase ("- các sở, ban, ngành" / "- các huyện") keeps its items.
//  5. B opening a block ("Số:", "V/v", "Kính gửi", "Nơi nhận", "Căn cứ", "Hà Nội, ngày 5 ...",
//     or a place "Cao Bằng," whose next line is "ngày 26 tháng ...") starts a new paragraph.
//  6. A ending in a dash continues: Vietnamese is never hyphenated, the dash is a dash and
//     keeps its spaces ("kinh tế -" + "xã hội" → "kinh tế - xã hội"; "COVID-" + "19" →
//     "COVID-19").
//  7. A ending in . : ! ? ends the paragraph ("... bình thường mới." / "II. NHIỆM VỤ"); A ending
//     in ; ends it unless B starts lowercase ("an ninh biên giới;" / "quản lý, kiểm soát ...") or
//     A fills the width of a hard-wrapped text (rule 10): "... của Chính phủ;" / "Quyết định số
//     4800/QĐ-BYT ..." is one sentence cut by the layout.
//  8. B starting lowercase continues ("3. Bộ Chỉ huy Quân sự" / "tỉnh").
//  9. A ending in a comma or a word that cannot end a phrase continues ("Cao Bằng," / "ngày 26
//     tháng 11 năm 2021"; "9. Sở Nông nghiệp và" / "Phát triển nông thôn").
// 10. In a hard-wrapped text (most lines near one width, found from the 90th percentile of line
//     lengths), an unpunctuated A that fills the width continues ("... kiểm soát hiệu quả dịch"
//     / "COVID-19”.").
// 11. A numbered heading wrapped once: "4. Bộ Chỉ huy Bộ đội" / "Biên phòng tỉnh" joins when
//     B is short, unpunctuated and not itself continued by the next line (then it is the first
//     line of the text under the heading: "14. Sở Xây dựng" / "Chủ trì hướng dẫn, ..." /
//     "thi công ...").
// 12. Otherwise B starts a new paragraph.
// Every rule looks at a bounded window of lines, so a pass is linear. Passes repeat (at most
// kMaxRejoinPasses) until one joins nothing, which makes normalising idempotent.
#include "text_normalizer.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <vector>

#include "chidao/vn_normalize.h"
#include "chidao/vn_text.h"
#include "text_cleaner.h"
#include "text_line.h"

namespace chidao {
namespace {

// NFC, skipping ICU's UTF-16 round trip for text that is already NFC (nearly all of it).
std::string ToNfcFast(std::string text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) && nfc->isNormalizedUTF8(text, status) && U_SUCCESS(status)) return text;
  return ToNfc(text);
}

// Only table rows still hold tabs here (UntabProse): their trailing tabs are empty cells and
// stay; a leading tab is taken for an indent.
std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// True when `s` opens with a lowercase letter (Vietnamese included): a word going on.
bool StartsLowerCase(std::string_view s) {
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c > 0 && u_islower(c);
}

// A list marker before a tab ("1.", "a)", "-", "•", "II."): the tab after it is an indent.
bool IsMarker(std::string_view s) {
  if (s.empty() || s.size() > 6) return false;
  if (s == "-" || s == "+" || s == "*" || s == "•" || s == "–") return true;
  const char last = s.back();
  if (last != '.' && last != ')' && last != '-' && last != '/') return false;
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if (!std::isalnum(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

// A table copied from Word is a line of cells separated by tabs, which the parser needs to
// read its columns. Lines with at least two tabs after their first character keep them
// (three cells or more, as in every task table, or a group row "I\tTuyên truyền\t\t\t" whose
// other cells are empty). A single tab between two texts separates the two columns of a
// header or signature ("HUYỆN ỦY KRÔNG PẮC\tĐẢNG CỘNG SẢN VIỆT NAM", "Nơi nhận:\tT/M BAN
// THƯỜNG VỤ") and becomes a run of spaces, the gap pdftotext -layout leaves between columns;
// after a list marker ("1.\tSở Y tế"), at the start or at the end of a line it is only a space.
std::string UntabProse(std::string text) {
  std::string out;
  out.reserve(text.size());
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line = std::string_view(text).substr(start, end - start);
    std::size_t lead = 0;
    while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t')) ++lead;
    const std::string_view body = line.substr(lead);
    const bool table = std::count(body.begin(), body.end(), '\t') >= 2;
    if (table || line.find('\t') == std::string_view::npos) {
      out.append(line);
    } else {
      out.append(line.substr(0, lead).size(), ' ');
      const std::size_t tab = body.find('\t');
      if (tab != std::string_view::npos) {
        std::string_view before = body.substr(0, tab), after = body.substr(tab + 1);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
        // A column starts with a capital or a digit; "Sở Y\ttế" is one name with a wide space.
        const bool gap = !before.empty() && !after.empty() && !IsMarker(before) &&
                         !StartsLowerCase(after);
        out.append(before);
        if (!after.empty() || gap) out.append(gap ? "    " : " ");
        out.append(after);
      } else {
        out.append(body);
      }
    }
    if (end == text.size()) break;
    out.push_back('\n');
    start = end + 1;
  }
  return out;
}

// A line of only opening quotes or brackets ("«" / "tiếp tục ..."), which the layout split from
// its text, is put back in front of the next line. Judged apart, it would start a paragraph
// that a second pass, seeing "« tiếp tục ...", would join to the line before.
std::string GlueLoneOpenings(std::string text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) break;
    const std::size_t next_end = std::min(text.find('\n', end + 1), text.size());
    const bool next_blank = Trim(std::string_view(text).substr(end + 1, next_end - end - 1)).empty();
    if (!next_blank && OnlyOpenings(Trim(std::string_view(text).substr(start, end - start)))) {
      text[end] = ' ';
      continue;  // the joined line may itself be only openings ("«" / "“" / "tiếp tục")
    }
    start = end + 1;
  }
  return text;
}

bool OnlyPipes(std::string_view s) {
  return !s.empty() && s.find_first_not_of("| ") == std::string_view::npos;
}

// `indented`, when given, receives each kept line with its leading spaces (trailing ones trimmed).
std::vector<TextLine> ClassifyLines(std::string_view text,
                                    std::vector<std::string_view>* indented = nullptr) {
  std::vector<TextLine> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    const std::string_view line = Trim(raw);
    if (!OnlyPipes(line)) {
      lines.push_back(ClassifyLine(line));
      if (indented) {
        while (!raw.empty() && raw.back() == ' ') raw.remove_suffix(1);
        indented->push_back(line.empty() ? line : raw);
      }
    }
    start = end + 1;
  }
  return lines;
}

// Cells of a line laid out with runs of spaces: display columns [begin, end) of each text
// run, runs of two or more spaces between them.
struct LayoutCell {
  std::size_t begin = 0, end = 0;
  std::string_view text;
};

std::vector<LayoutCell> LayoutCells(std::string_view line) {
  std::vector<LayoutCell> cells;
  std::size_t col = 0, i = 0;
  while (i < line.size()) {
    if (line[i] == ' ') {
      ++i, ++col;
      continue;
    }
    LayoutCell c;
    c.begin = col;
    const std::size_t from = i;
    std::size_t last = i;  // one past the last non-space byte
    while (i < line.size()) {
      if (line[i] == ' ') {
        if (i + 1 >= line.size() || line[i + 1] == ' ') break;
      } else {
        last = i + 1;
      }
      if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
      ++i;
    }
    c.end = col;
    c.text = line.substr(from, last - from);
    cells.push_back(c);
  }
  return cells;
}

// A header cell of a task table (DOMAIN.md §6): "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì",
// "Cơ quan phối hợp", "Thời gian hoàn thành", "Thời hạn".
bool IsTableHeaderCell(std::string_view cell) {
  const std::string f = FoldDiacritics(ToLower(cell));
  if (f == "stt" || f == "tt") return true;
  for (std::string_view w :
       {"noi dung", "nhiem vu", "chu tri", "phoi hop", "thoi gian", "thoi han"})
    if (f.find(w) != std::string::npos) return true;
  return false;
}

// The lines of task tables that `pdftotext -layout` lines up with runs of spaces. Such a table
// opens with a header row of three or more cells, two of which name task-table columns
// ("STT   Nội dung nhiệm vụ   Cơ quan chủ trì   Cơ quan phối hợp   Thời gian"), and runs to
// the first line that is a paragraph: a lone cell without a row number starting in the number
// column (left of where the header's first cell ends), or a lone cell as wide as most of the
// table. Its lines keep their leading spaces,
// which place a wrapped cell ("      hộ gia đình chính sách ...") under its column, and are
// never joined: the parser reads the columns.
std::vector<bool> LayoutTableLines(const std::vector<TextLine>& lines,
                                   const std::vector<std::string_view>& indented,
                                   const std::vector<bool>& dropped) {
  std::vector<bool> table(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (dropped[i] || lines[i].blank || lines[i].hard) continue;
    const std::vector<LayoutCell> head = LayoutCells(indented[i]);
    if (head.size() < 3) continue;
    int named = 0;
    for (const LayoutCell& c : head) named += IsTableHeaderCell(c.text);
    if (named < 2) continue;
    const std::size_t second = head[1].begin, width = head.back().end;
    std::size_t j = i;
    std::size_t left = head[0].end;  // the number column ends about here
    for (; j < lines.size(); ++j) {
      if (dropped[j] || lines[j].blank) continue;
      const std::vector<LayoutCell> cells = LayoutCells(indented[j]);
      if (j > i && cells.size() == 1) {
        const LayoutCell& c = cells.front();
        const char first = c.text.empty() ? ' ' : c.text.front();
        const bool numbered = (first >= '0' && first <= '9') || first == 'I' || first == 'V' ||
                              first == 'X';
        if (c.begin < std::min(left, second) && !numbered) break;
        if ((c.end - c.begin) * 10 >= width * 6) break;
      }
      table[j] = true;
    }
    i = j - 1;
  }
  return table;
}

// Marks page numbers, the running headers/footers next to them, and the blank lines around
// them as dropped.
void DropPageFurniture(const std::vector<TextLine>& lines, std::vector<bool>& dropped) {
  const std::size_t n = lines.size();
  auto blank_or_edge = [&](std::size_t i, int step) {
    const std::size_t j = i + static_cast<std::size_t>(step);
    return (step < 0 && i == 0) || j >= n || lines[j].blank;
  };
  std::vector<std::size_t> numbers;
  for (std::size_t i = 0; i < n; ++i) {
    if (lines[i].page_number && (blank_or_edge(i, -1) || blank_or_edge(i, +1))) numbers.push_back(i);
  }
  if (numbers.empty()) return;
  // Lines right after or before a page number that occur at least twice are running headers.
  std::vector<std::string_view> neighbours;
  for (std::size_t i : numbers) {
    if (i + 1 < n && !lines[i + 1].blank) neighbours.push_back(lines[i + 1].text);
    if (i > 0 && !lines[i - 1].blank) neighbours.push_back(lines[i - 1].text);
  }
  std::sort(neighbours.begin(), neighbours.end());
  auto repeated = [&](std::string_view text) {
    auto [lo, hi] = std::equal_range(neighbours.begin(), neighbours.end(), text);
    return hi - lo >= 2;
  };
  for (std::size_t i : numbers) {
    dropped[i] = true;
    if (i + 1 < n && !lines[i + 1].blank && repeated(lines[i + 1].text)) dropped[i + 1] = true;
    if (i > 0 && !lines[i - 1].blank && repeated(lines[i - 1].text)) dropped[i - 1] = true;
  }
  // Blank lines touching dropped furniture were the page gap, not a paragraph break.
  for (std::size_t i : numbers) {
    for (std::size_t j = i; j-- > 0 && (lines[j].blank || dropped[j]);) dropped[j] = true;
    for (std::size_t j = i + 1; j < n && (lines[j].blank || dropped[j]); ++j) dropped[j] = true;
  }
}

constexpr int kMaxRejoinPasses = 8;

struct WrapWidth {
  bool wrapped = false;
  int full_min = 0;  // a line at least this long (and at most full_max) fills the width
  int full_max = 0;
};

WrapWidth MeasureWrap(const std::vector<TextLine>& lines, const std::vector<bool>& dropped) {
  std::vector<int> lengths;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const TextLine& l = lines[i];
    if (!dropped[i] && !l.blank && !l.hard && !l.caps && !l.lone_marker) lengths.push_back(l.length);
  }
  WrapWidth w;
  if (lengths.size() < 8) return w;
  const std::size_t p90 = lengths.size() * 9 / 10;
  std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(p90), lengths.end());
  const int width = lengths[p90];
  w.full_min = width * 3 / 4;
  w.full_max = width * 5 / 4 + 2;
  const auto full = std::count_if(lengths.begin(), lengths.end(),
                                  [&](int len) { return len >= w.full_min; });
  w.wrapped = width >= 40 && width <= 160 && full >= 5 && full * 10 >= static_cast<long>(lengths.size()) * 3;
  return w;
}

// A line with the lowercase or connective continuations that follow it.
struct Run {
  int length = 0;  // code points, a space between lines
  char end = 0;    // of the last line
};

struct Paragraph {
  std::string text;
  TextLine head;  // first physical line
  TextLine tail;  // last physical line
  int lines = 0;
  int length = 0;  // code points
  bool subject = false;
};

class Rejoiner {
 public:
  explicit Rejoiner(WrapWidth wrap) : wrap_(wrap) {}

  // Whether `b` continues `p`; `c` is the line after `b` (blank when none); `run` is `b` with
  // the lines that would continue it as lowercase or connective continuations.
  bool Continues(const Paragraph& p, const TextLine& b, const TextLine& c, const Run& run) const {
    const TextLine& a = p.tail;
    if (b.blank) return false;
    if (p.lines == 1 && a.lone_marker) return !b.hard && !b.item && !b.page_number;
    if (p.head.hard || b.hard) return false;
    if (p.subject) return b.caps && !b.item && !b.authority && !b.type_line && !b.opens_block;
    if (a.caps || b.caps) {
      if (!a.caps || !b.caps) return false;
      if (ContinuesNationalTitle(p.text, b.text)) return true;
      if (b.item || b.type_line || b.authority || b.opens_block || p.head.type_line) return false;
      return a.end == '-' || a.end == ',' || a.ends_connective;
    }
    if (b.item) return b.dash_lower && a.end == 0 && Fills(a);
    if (b.opens_block || b.page_number || IsPlaceBeforeDate(b, c)) return false;
    switch (a.end) {
      case '-': return true;
      case ',': return true;
      case ';': return b.starts_lower || Fills(a);
      case '.': case ':': case '!': case '?': return false;
      default: break;
    }
    if (b.starts_lower || a.ends_connective) return true;
    if (Fills(a)) return true;
    // A numbered heading wrapped onto a short next line. Judged as a second pass would see
    // the text once joined, which keeps normalising idempotent: `b` with the lines that
    // continue it, and the heading by its length, not by how many lines it had.
    // A lone marker ("1.") that took its text is a heading like any other.
    return p.head.numbered && (!p.head.lone_marker || p.lines > 1) && run.end == 0 &&
           run.length <= 50 && p.length + run.length <= 120 && !p.head.hard;
  }

 private:
  // "Cao Bằng," alone, then "ngày 26 tháng 11 năm 2021": the place of the place-and-date line.
  static bool IsPlaceBeforeDate(const TextLine& b, const TextLine& c) {
    return b.end == ',' && b.length <= 40 && !b.starts_lower && c.text.starts_with("ngày ");
  }

  // In a hard-wrapped text, whether `line` reaches the wrap width (so the break was the layout's).
  bool Fills(const TextLine& line) const {
    return wrap_.wrapped && line.length >= wrap_.full_min && line.length <= wrap_.full_max;
  }

  WrapWidth wrap_;
};

void Append(Paragraph& p, const TextLine& b) {
  if (p.lines > 0) {
    const bool glue = p.tail.end == '-' && p.tail.dash_attached;
    if (!glue) {
      p.text.push_back(' ');
      ++p.length;
    }
  } else {
    p.head = b;
  }
  p.text += b.text;
  p.length += b.length;
  p.tail = b;
  ++p.lines;
}

}  // namespace

namespace {

// Trimmed lines, at most one blank line between them.
std::string KeepLines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_blank = false;
  for (const TextLine& line : ClassifyLines(text)) {
    if (line.blank) {
      pending_blank = !out.empty();
    } else {
      if (!out.empty()) out += pending_blank ? "\n\n" : "\n";
      out += line.text;
      pending_blank = false;
    }
  }
  return out;
}

// One pass of the line rules over clean text.
std::string Rejoin(std::string text) {
  text = GlueLoneOpenings(std::move(text));
  std::vector<std::string_view> indented;
  const std::vector<TextLine> lines = ClassifyLines(text, &indented);
  std::vector<bool> dropped(lines.size(), false);
  std::string out;
  out.reserve(text.size());
  bool pending_blank = false;
  auto emit = [&](std::string_view paragraph) {
    if (!out.empty()) out += pending_blank ? "\n\n" : "\n";
    out += paragraph;
    pending_blank = false;
  };
  DropPageFurniture(lines, dropped);
  const std::vector<bool> table = LayoutTableLines(lines, indented, dropped);
  const Rejoiner rejoiner(MeasureWrap(lines, dropped));
  static const TextLine kBlank = ClassifyLine("");

  // Next line not dropped after index i (blank when none).
  auto next_line = [&](std::size_t i) -> const TextLine& {
    for (std::size_t j = i + 1; j < lines.size(); ++j) {
      if (!dropped[j]) return lines[j];
    }
    return kBlank;
  };
  auto run_from = [&](std::size_t i) {
    Run run{lines[i].length, lines[i].end};
    const TextLine* last = &lines[i];
    for (std::size_t j = i + 1; j < lines.size() && run.length <= 120; ++j) {
      if (dropped[j]) continue;
      const TextLine& c = lines[j];
      const bool closed = last->end == '.' || last->end == ':' || last->end == '!' ||
                          last->end == '?';
      if (c.blank || c.hard || c.item || c.caps || c.opens_block || c.page_number || closed ||
          !(c.starts_lower || last->ends_connective || last->end == '-')) {
        break;
      }
      run.length += 1 + c.length;
      run.end = c.end;
      last = &c;
    }
    return run;
  };
  Paragraph p;
  bool after_type_line = false;  // the previous paragraph was "KẾ HOẠCH", "CHỈ THỊ"...
  auto close = [&]() {
    if (p.lines == 0) return;
    emit(p.text);
    after_type_line = p.head.type_line;
    p = Paragraph();
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (dropped[i]) continue;
    const TextLine& line = lines[i];
    if (line.blank) {
      close();
      pending_blank = !out.empty();
      continue;
    }
    if (table[i]) {  // a layout table's line, as laid out
      close();
      emit(indented[i]);
      continue;
    }
    if (p.lines > 0 && rejoiner.Continues(p, line, next_line(i), run_from(i))) {
      Append(p, line);
      continue;
    }
    close();
    Append(p, line);
    p.subject = after_type_line && line.caps && !line.item && !line.authority &&
                !line.type_line && !line.opens_block && !line.hard;
  }
  close();
  return out;
}

}  // namespace

std::string NormalizeText(std::string_view utf8, const NormalizeOptions& options) {
  std::string text = UntabProse(NormalizeTonePlacement(ToNfcFast(CleanCharacters(utf8))));
  if (!options.rejoin_wrapped_lines) return KeepLines(text);
  // A pass weighs whole lines and the wrap width of the whole text, and both change as lines
  // join: "Thông tư số" / "01/2011/TT-BNV" may fill the width only once the short lines
  // around it are joined. Passes repeat until nothing joins, so a normalised text normalises to
  // itself. Each pass that changes the text has fewer lines; real documents settle by the
  // second pass, and the bound keeps a crafted text from taking a pass per line.
  std::string out = Rejoin(std::move(text));
  for (int pass = 1; pass < kMaxRejoinPasses; ++pass) {
    std::string again = Rejoin(out);
    if (again == out) break;
    out = std::move(again);
  }
  return out;
}

}  // namespace chidao
