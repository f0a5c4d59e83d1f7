// Layout rules, with examples:
// - header: from the top of a part, lines that are all capitals ("ỦY BAN NHÂN DÂN", "KẾ
//   HOẠCH"), "Số: 3279/KH-UBND", "V/v ...", "Cao Bằng, ngày 26 tháng 11 năm 2021", "Độc lập - Tự
//   do - Hạnh phúc", "(Ban hành kèm theo ...)", and the subject lines after the type line;
// - "Kính gửi:" and the dash items and short lines after it (seed 001 mixes stamp fields in);
// - "Nơi nhận:" or a signature line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH") and the short lines
//   and dash items after it, up to an appendix title, a roman section, a table or a type line;
// - wrapped text: when most lines stop near one width (60-110 characters), a line joins the
//   next unless it ends a sentence well before that width; in unwrapped text a line joins the
//   next only mid-sentence before a lowercase word ("... “tình" / "đồng chí, ...", seed 000).
#include "block_builder.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstring>

#include "boilerplate_filter.h"
#include "document_type.h"
#include "table_columns.h"
#include "text_case.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {
namespace {

// Counts the bytes that are not UTF-8 continuation bytes (10xxxxxx), eight at a time: every
// line of the document is measured. The eight flags are summed by a multiplication (the build
// targets x86-64 without POPCNT, where std::popcount is a call into libgcc).
std::size_t CodePoints(std::string_view s) {
  std::size_t continuation = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    // Bit 7 of a byte set and bit 6 clear; the shift carries nothing into another byte's bit 7.
    const std::uint64_t flags = (x & ~(x << 1) & 0x8080808080808080ull) >> 7;
    continuation += static_cast<std::size_t>((flags * 0x0101010101010101ull) >> 56);
  }
  for (; i < s.size(); ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return s.size() - continuation;
}

// The words of a line are read by rules of two kinds: those every line passes through (the
// first two words: "Nơi nhận", "Kính gửi", "TM" ".", whether it opens in lower case or with a
// word that is not all capitals) and those only header and closing lines reach (the capitals
// after "TM.", type and date lines, which read every word). So a line is tokenised up to its
// first kFirstWords tokens, and the rest of its head only when a rule of the second kind asks
// (AllWords): tokenising the head of every line was a fifth of the block building, its first
// four tokens an eighth.
constexpr std::size_t kFirstWords = 2;

struct LineInfo {
  std::string_view text;  // trimmed
  std::size_t length = 0;  // in code points; the layout rules ask it up to three times a line
  std::string_view head;   // the part of `text` the rules tokenise: its first 64 bytes
  std::vector<Word> words;  // the first kFirstWords tokens of `head`, all of them once `complete`
  bool complete = false;
  bool all_caps = false;
  bool starts_lower = false;
};

const std::vector<Word>& AllWords(LineInfo& li) {
  if (!li.complete) {
    li.words = Tokenize(li.head);
    li.complete = true;
  }
  return li.words;
}

bool HasLetter(const Word& w) {
  return !w.punct && w.text.find_first_not_of("0123456789/.-:") != std::string_view::npos;
}

// A word with letters that is not in capitals ("ngày", "Chỉ"); a capitalised word of two bytes
// or fewer counts as capitals ("Y" in "SỞ Y TẾ").
bool NotCapitals(const Word& w) {
  return HasLetter(w) && !w.all_upper && !(w.upper && w.text.size() <= 2);
}

bool AllCaps(const std::vector<Word>& words) {
  int letters_words = 0;
  for (const Word& w : words) {
    if (NotCapitals(w)) return false;
    letters_words += HasLetter(w);
  }
  return letters_words >= 1;
}

// AllCaps of the line's head, settled by its first words when one of them is not in capitals
// (most lines), else by all of them.
bool AllCaps(LineInfo& li) {
  for (const Word& w : li.words)
    if (NotCapitals(w)) return false;
  return AllCaps(AllWords(li));
}

// True when no letter of `t` is lowercase (cheap: no tokenising, no folding).
bool NoLowercase(std::string_view t) {
  const auto* s = reinterpret_cast<const uint8_t*>(t.data());
  int32_t i = 0, n = static_cast<int32_t>(t.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 0x80 && u_islower(c)) return false;
  }
  return true;
}

// "DANH MỤC" titles an appendix list, not a directive, but opens an attached part as a type
// line does; so does "CHƯƠNG TRÌNH HÀNH ĐỘNG", a Chương trình (a Party committee's, or the one a
// Nghị quyết attaches).
constexpr std::string_view kListTitle = "danh muc";
constexpr std::string_view kProgrammeOfAction = "chuong trinh hanh dong";

// Every type name is two words (four for kProgrammeOfAction): a line whose first tokens hold
// more, or whose first word starts no type name, is no type line (IsTypeLine), which is known
// without tokenising it whole. Lines after a signature block are all asked.
bool MayBeTypeLine(const LineInfo& li) {
  static const std::array<std::string_view, kDocumentTypeNames.size() + 1> kTypeFirstWords = [] {
    std::array<std::string_view, kDocumentTypeNames.size() + 1> first;
    for (std::size_t k = 0; k < kDocumentTypeNames.size(); ++k) {
      const std::string_view t = kDocumentTypeNames[k].fold;
      first[k] = t.substr(0, t.find(' '));
    }
    first.back() = kListTitle.substr(0, kListTitle.find(' '));
    return first;
  }();
  int words = 0, most = 2;
  for (const Word& w : li.words) {
    if (w.punct) continue;
    if (++words > most) return false;
    if (words == 1) {
      if (std::find(kTypeFirstWords.begin(), kTypeFirstWords.end(), std::string_view(w.fold)) == kTypeFirstWords.end())
        return false;
      if (w.fold == "chuong") most = 4;
    }
  }
  return true;
}

bool IsTypeLine(const std::vector<Word>& words) {
  std::string f;
  for (const Word& w : words) {
    if (w.punct) continue;
    if (!f.empty()) f += ' ';
    f += w.fold;
  }
  const bool named = f == kListTitle || f == kProgrammeOfAction ||
                     std::any_of(kDocumentTypeNames.begin(), kDocumentTypeNames.end(),
                                 [&](const DocumentTypeName& t) { return t.fold == f; });
  return named && AllCaps(words);
}

bool IsDateLine(const std::vector<Word>& words) {
  // "Cao Bằng, ngày 26 tháng 11 năm 2021"
  for (std::size_t i = 0; i + 3 < words.size(); ++i)
    if (words[i].fold == "ngay" && words[i + 2].fold == "thang") return i <= 6;
  return false;
}

// "Số: 3279/KH-UBND", "Số 91 -CV/TU" — not "Sở Y tế ...", which folds the same.
bool IsNumberLine(const std::vector<Word>& words) {
  if (words.size() < 2 || words[0].fold != "so" || words[0].text == "Sở" || words[0].text == "sở")
    return false;
  const Word& next = words[1];
  return (next.punct && next.text == ":") || StartsWithDigit(next);
}

bool IsSignatureStart(LineInfo& li) {
  if (li.words.size() < 2) return false;
  const std::string& f = li.words[0].fold;
  if (!((f == "tm" || f == "kt" || f == "tl" || f == "tuq" || f == "q") && li.words[1].punct &&
        li.words[1].text == "."))
    return false;
  const std::vector<Word>& words = AllWords(li);
  return words.size() >= 3 && words[2].all_upper;
}

// The bytes of x (eight bytes of text, first byte lowest) that may start white space: the
// controls up to ' ' (tab, CR, space; the others are copied like any byte) and 0xC2, the first
// byte of NBSP. The high bit is set in the first such byte; bytes after it may be flagged too
// (the subtraction borrows), so only the first flag is meaningful.
std::uint64_t MayStartBlank(std::uint64_t x) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const std::uint64_t control = (x - kOnes * 0x21) & ~x & kHigh;
  const std::uint64_t c2 = x ^ (kOnes * 0xC2);
  return control | ((c2 - kOnes) & ~c2 & kHigh);
}

// Appends text[from, to) to the block, runs of spaces, tabs and NBSP collapsed to one space.
// This touches every byte of the document, so it writes through raw pointers into buffers sized
// for the worst case (the output is never longer than the input) and trims them once: growing
// two containers per word was a twentieth of the parse time. text and source stay equal in size.
// The bytes up to the next possible blank are copied eight at a time (a word and its source
// offsets in one step, instead of four tests and two stores per byte).
void AppendNormalized(std::string_view text, std::size_t from, std::size_t to, Block& b) {
  std::size_t o = b.text.size();
  b.text.resize(o + (to - from));
  b.source.resize(o + (to - from));
  char* out = b.text.data();
  std::uint32_t* src = b.source.data();
  std::size_t p = from;
  while (p < to) {
    if (p + 8 <= to) {
      // All eight bytes are written, whatever is kept: o - b.text's old size <= p - from, so
      // o + 8 stays within the buffer.
      std::uint64_t x;
      std::memcpy(&x, text.data() + p, 8);
      std::memcpy(out + o, &x, 8);
      for (std::size_t k = 0; k < 8; ++k) src[o + k] = static_cast<std::uint32_t>(p + k);
      const std::uint64_t blank_at = MayStartBlank(x);
      if (blank_at == 0) {
        o += 8;
        p += 8;
        continue;
      }
      const std::size_t run = static_cast<std::size_t>(std::countr_zero(blank_at)) / 8;
      o += run;
      p += run;
    }
    char c = text[p];
    std::size_t blank = 0;  // bytes of white space at p
    if (c == ' ' || c == '\t' || c == '\r') blank = 1;
    else if (c == '\xC2' && p + 1 < to && text[p + 1] == '\xA0') blank = 2;
    if (blank == 0) {
      out[o] = c;
      src[o] = static_cast<std::uint32_t>(p);
      ++o;
      ++p;
      continue;
    }
    if (o > 0 && out[o - 1] != ' ') {
      out[o] = ' ';
      src[o] = static_cast<std::uint32_t>(p);
      ++o;
    }
    p += blank;
  }
  b.text.resize(o);
  b.source.resize(o);
}

// The line ends with a word in lower case ("... giai đoạn"): cut mid-phrase. Asked of lines
// followed by one that opens with a range of years.
bool EndsLowercaseWord(std::string_view t) {
  std::size_t start = t.find_last_of(' ');
  start = start == std::string_view::npos ? 0 : start + 1;
  const std::string_view last = t.substr(start);
  if (last.empty()) return false;
  const auto c = static_cast<unsigned char>(last.back());
  return (c >= 0x80 || static_cast<unsigned char>((c | 0x20) - 'a') < 26) && StartsLower(last);
}

// "2026 - 2030 ...", "2021-2025 ...": a line opening with a range of years.
bool StartsWithYearRange(std::string_view t) {
  auto year = [&t](std::size_t p) {
    if (t.size() < p + 4) return false;
    for (std::size_t k = p; k < p + 4; ++k)
      if (static_cast<unsigned char>(t[k] - '0') >= 10) return false;
    return t.size() == p + 4 || static_cast<unsigned char>(t[p + 4] - '0') >= 10;
  };
  if (!year(0)) return false;
  std::size_t p = 4;
  while (p < t.size() && t[p] == ' ') ++p;
  if (t.compare(p, 1, "-") == 0) p += 1;
  else if (t.compare(p, 3, "–") == 0) p += 3;
  else return false;
  while (p < t.size() && t[p] == ' ') ++p;
  return year(p);
}

// The previous line leaves a parenthesis open and the line closes it before opening another:
// "(qua Phòng Văn hóa" then "- Xã hội) trước ngày ...". Asked of dash lines only.
// A ")" that closes nothing on its line is a list marker's ("a) Báo cáo ... (qua Phòng Văn
// hóa"); a ")" after one letter or number names a point ("- Xử lý theo điểm a) khoản 2"), not
// the end of a cut name.
bool InsideParenthesis(std::string_view prev, std::string_view line) {
  int depth = 0;
  for (char c : prev) depth = c == '(' ? depth + 1 : c == ')' ? std::max(depth - 1, 0) : depth;
  if (depth <= 0) return false;
  const std::size_t close = line.find(')');
  if (close == std::string_view::npos || line.find('(') < close) return false;
  // "điểm a)", "khoản 2)", "mục b)": a point cited; a letter alone likewise. Numbers close a
  // range cut by the line break ("(từ 18" / "- 60)").
  std::size_t word = close;
  while (word > 0 && std::isalnum(static_cast<unsigned char>(line[word - 1]))) --word;
  if (close == word || (word > 0 && line[word - 1] != ' ')) return true;
  const bool letter = close - word == 1 && std::isalpha(static_cast<unsigned char>(line[word]));
  const std::string_view before = line.substr(0, word == 0 ? 0 : word - 1);
  const bool cited = before.ends_with("điểm") || before.ends_with("khoản") || before.ends_with("mục");
  return !letter && !cited;
}

}  // namespace

bool EndsSentence(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'')) t.remove_suffix(1);
  while (t.size() >= 3 && (t.substr(t.size() - 3) == "”" || t.substr(t.size() - 3) == "’"))
    t.remove_suffix(3);
  if (t.empty()) return false;
  char c = t.back();
  return c == '.' || c == ':' || c == ';' || c == '!' || c == '?';
}

Layout BuildBlocks(std::string_view text) {
  Layout layout;
  std::vector<Line> lines = ClassifyLines(text);
  layout.web = MarkBoilerplate(text, lines);

  std::vector<LineInfo> info(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].kind != LineKind::kText) continue;
    info[i].text = Trim(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
    info[i].length = CodePoints(info[i].text);
    // The header and closing rules look at a line's first words only; whole lines are
    // tokenised only when short (type lines, "ỦY BAN NHÂN DÂN"), which keeps this pass cheap.
    std::string_view head = info[i].text;
    if (head.size() > 64) {
      std::size_t cut = 64;
      while (cut > 0 && (static_cast<unsigned char>(head[cut]) & 0xC0) == 0x80) --cut;
      head = head.substr(0, cut);
    }
    info[i].head = head;
    info[i].words = Tokenize(head, kFirstWords);
    info[i].complete = info[i].words.size() < kFirstWords;
    info[i].all_caps = info[i].text.size() > 64 ? NoLowercase(info[i].text) && AllCaps(info[i])
                                                : AllCaps(info[i]);
    // The first word that is not punctuation: among the first words, as a rule.
    const std::vector<Word>* words = &info[i].words;
    bool any_word = false;
    for (const Word& w : *words) any_word = any_word || !w.punct;
    if (!any_word) words = &AllWords(info[i]);
    for (const Word& w : *words) {
      if (w.punct) continue;
      info[i].starts_lower = !w.upper && !StartsWithDigit(w);
      break;
    }
  }

  // Regions that are never content. skip[i]: the line is out; part_start[i]: numbering restarts.
  std::vector<bool> skip(lines.size(), false), part_start(lines.size(), false);
  enum class Mode { kHeader, kSubject, kBody, kAddressees, kClosing } mode = Mode::kHeader;
  bool content_seen = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.kind != LineKind::kText) {
      if (mode == Mode::kSubject && l.kind == LineKind::kBlank) mode = Mode::kHeader;
      if (mode == Mode::kClosing && l.kind == LineKind::kTableRow) {
        mode = Mode::kBody;
        part_start[i] = true;
      }
      continue;
    }
    LineInfo& li = info[i];
    std::size_t len = li.length;
    bool first_is = !li.words.empty();
    std::string f0 = first_is ? li.words[0].fold : "";
    std::string f1 = li.words.size() > 1 ? li.words[1].fold : "";
    if ((f0 == "noi" && f1 == "nhan") || (content_seen && IsSignatureStart(li))) {
      mode = Mode::kClosing;
      skip[i] = true;
      continue;
    }
    if (mode == Mode::kClosing) {
      bool restart = l.marker == MarkerStyle::kAppendix || l.marker == MarkerStyle::kRoman ||
                     (MayBeTypeLine(li) && IsTypeLine(AllWords(li))) || (len >= 70 && !IsBullet(l.marker));
      if (!restart) {
        skip[i] = true;
        continue;
      }
      part_start[i] = true;
      mode = Mode::kHeader;
      content_seen = false;
    }
    if (f0 == "kinh" && f1 == "gui") {
      mode = Mode::kAddressees;
      skip[i] = true;
      continue;
    }
    if (mode == Mode::kAddressees) {
      if (IsBullet(l.marker) || len < 50) {
        skip[i] = true;
        continue;
      }
      mode = Mode::kBody;
    }
    if (mode == Mode::kSubject) {
      if (li.starts_lower || li.all_caps || f0 == "ve" || f0 == "v/v") {
        skip[i] = true;
        continue;
      }
      mode = Mode::kHeader;
    }
    if (mode == Mode::kHeader) {
      bool header = l.marker == MarkerStyle::kNone &&
                    (li.all_caps || IsNumberLine(li.words) || f0 == "v/v" || (f0 == "ve" && f1 == "viec") ||
                     IsDateLine(AllWords(li)) || (f0 == "doc" && f1 == "lap") ||
                     (li.text.substr(0, 1) == "(" && (f1 == "ban" || f1 == "kem")));
      if (header) {
        skip[i] = true;
        if (MayBeTypeLine(li) && IsTypeLine(AllWords(li))) mode = Mode::kSubject;
        continue;
      }
      mode = Mode::kBody;
    }
    content_seen = true;
  }

  // Wrap width over body text lines.
  std::vector<std::size_t> lengths;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].kind == LineKind::kText && !skip[i]) lengths.push_back(info[i].length);
  std::size_t width = 0;
  if (lengths.size() >= 8) {
    std::vector<std::size_t> sorted = lengths;
    std::sort(sorted.begin(), sorted.end());
    width = sorted[sorted.size() * 9 / 10];
    std::size_t near = 0;
    for (std::size_t n : lengths) near += n * 100 >= width * 80 && n <= width;
    layout.wrapped = width >= 50 && width <= 115 && near * 100 >= lengths.size() * 35;
  }

  // Blocks.
  Block* open = nullptr;
  std::size_t open_line = 0;
  bool pending_part = false;
  // Line i goes on the open block, from byte `from`, after a space standing for the line break.
  auto continue_open = [&](std::size_t i, std::size_t from) {
    open->line_breaks.push_back(open->text.size());
    open->text.push_back(' ');
    open->source.push_back(static_cast<std::uint32_t>(lines[open_line].end));
    AppendNormalized(text, from, lines[i].end, *open);
    open_line = i;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (part_start[i]) pending_part = true;
    if (l.kind == LineKind::kBlank || l.kind == LineKind::kSeparator) {
      // A blank line ends a paragraph unless it only frames page furniture.
      bool furniture = false;
      for (std::size_t j = i + 1; j < lines.size() && j <= i + 4; ++j) {
        if (lines[j].kind == LineKind::kPageNumber) furniture = true;
        if (lines[j].kind == LineKind::kText || lines[j].kind == LineKind::kTableRow) break;
      }
      for (std::size_t j = i; j-- > 0 && j + 4 >= i;) {
        if (lines[j].kind == LineKind::kPageNumber) furniture = true;
        if (lines[j].kind == LineKind::kText || lines[j].kind == LineKind::kTableRow) break;
      }
      if (!furniture) open = nullptr;
      continue;
    }
    if (l.kind == LineKind::kPageNumber || l.kind == LineKind::kBoilerplate ||
        l.kind == LineKind::kTableRule) {
      continue;
    }
    if (skip[i]) {
      open = nullptr;
      continue;
    }
    bool table = l.kind == LineKind::kTableRow;
    // "... (qua Phòng Văn hóa" / "- Xã hội) trước ngày 20/9/2026": a dash opening a line inside
    // a parenthesis left open is the dash of a name cut by the line break, not a bullet.
    if (!table && open && !open->table_row && l.marker == MarkerStyle::kDash &&
        InsideParenthesis(info[open_line].text, info[i].text)) {
      continue_open(i, l.begin);
      continue;
    }
    if (!table && open && !open->table_row && l.marker == MarkerStyle::kNone) {
      const LineInfo& prev = info[open_line];
      const LineInfo& cur = info[i];
      bool join;
      if (open->text.empty()) join = true;
      else if (prev.all_caps && !cur.all_caps) join = false;
      // "... giai đoạn" / "2026 - 2030 với các nội dung sau:": a range of years carries the
      // sentence on as a lowercase word does, after a line cut after a lowercase word.
      else if (!layout.wrapped)
        join = !EndsSentence(prev.text) &&
               (cur.starts_lower || (StartsWithYearRange(cur.text) &&
                                     EndsLowercaseWord(prev.text)));
      else join = !EndsSentence(prev.text) || prev.length * 100 >= width * 85;
      if (join) {
        continue_open(i, l.content);
        continue;
      }
    }
    layout.blocks.emplace_back();
    Block& b = layout.blocks.back();
    b.marker = l.marker;
    b.ordinal = l.ordinal;
    b.label = l.label;
    b.table_row = table;
    b.part_start = pending_part;
    b.all_caps = !table && info[i].all_caps;
    pending_part = false;
    std::size_t from = table ? lines[i].content : l.content;
    if (!l.cells.empty()) AppendTableCells(text, l.cells, b);
    else AppendNormalized(text, from, l.end, b);
    open = &b;
    open_line = i;
  }
  for (Block& b : layout.blocks) {
    while (!b.text.empty() && b.text.back() == ' ') {
      b.text.pop_back();
      b.source.pop_back();
    }
    std::size_t end = b.source.empty() ? 0 : b.source.back() + 1;
    // The sentinel: one past the last byte (the last byte may start a multi-byte character).
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    b.source.push_back(static_cast<std::uint32_t>(end));
    if (!b.table_row && b.all_caps) b.all_caps = true;
  }
  return layout;
}

}  // namespace chidao::parse_internal
