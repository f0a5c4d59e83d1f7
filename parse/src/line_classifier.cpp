// Line rules, with examples:
// - separator: "|" alone (cells of a converted layout), "-------", "___", "* * *";
// - page number: "2", "- 2 -", "Trang 2/5" alone on a line;
// - table row: "| 1 | Xây dựng ... | Sở TT&TT | ... |" (starts with a pipe, three or more);
// - markers: "II. NHIỆM VỤ", "I.MỤC TIÊU" (OCR lost the space), "3. Sở Y tế", "1- Các cấp ủy",
//   "2) ...", "3.1. ...", "a) ...", "đ) ...", "Điều 2. ...", "PHỤ LỤC", "- ...", "+ ...", "• ...".
//   A marker needs a space (or a capital letter: "2.Nhiệm vụ", "c)Ban") after it, so "1.000 ca",
//   "10/10", "2021 - 2022" and "COVID-19" open no item.
#include "line_classifier.h"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "folded_text.h"
#include "table_columns.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Byte length of the UTF-8 sequence starting with `c`.
std::size_t Utf8Len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

// True when `rest` starts with a capital letter (ASCII or a Vietnamese capital).
bool StartsWithCapital(std::string_view rest) {
  if (rest.empty()) return false;
  unsigned char b = static_cast<unsigned char>(rest[0]);
  if (b < 0x80) return b >= 'A' && b <= 'Z';
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(rest.data()), i, static_cast<int32_t>(rest.size()), c);
  return c > 0 && u_isupper(c);
}

int RomanValue(std::string_view s) {
  static constexpr std::array<std::string_view, 40> kRomans = {
      "I",     "II",     "III",   "IV",   "V",    "VI",    "VII",    "VIII",   "IX",  "X",
      "XI",    "XII",    "XIII",  "XIV",  "XV",   "XVI",   "XVII",   "XVIII",  "XIX", "XX",
      "XXI",   "XXII",   "XXIII", "XXIV", "XXV",  "XXVI",  "XXVII",  "XXVIII", "XXIX", "XXX",
      "XXXI",  "XXXII",  "XXXIII", "XXXIV", "XXXV", "XXXVI", "XXXVII", "XXXVIII", "XXXIX", "XL"};
  for (std::size_t i = 0; i < kRomans.size(); ++i)
    if (kRomans[i] == s) return static_cast<int>(i) + 1;
  return 0;
}

// After a marker: a space, the end of the line, or (OCR lost the space) a capital letter.
bool MarkerEnds(std::string_view t, std::size_t pos, bool allow_capital) {
  if (pos >= t.size()) return true;
  if (t[pos] == ' ' || t[pos] == '\t') return true;
  return allow_capital && StartsWithCapital(t.substr(pos));
}

std::size_t SkipSpaces(std::string_view t, std::size_t pos) {
  while (pos < t.size() && (t[pos] == ' ' || t[pos] == '\t')) ++pos;
  return pos;
}

bool IsSeparator(std::string_view t) {
  bool only_pipes = true, only_rule = true;
  int rule_chars = 0;
  for (char c : t) {
    if (c != '|' && c != ' ' && c != '\t') only_pipes = false;
    if (c == '-' || c == '_' || c == '=' || c == '*' || c == '~' || c == '.') {
      ++rule_chars;
    } else if (c != ' ' && c != '\t') {
      only_rule = false;
    }
    if (!only_pipes && !only_rule) return false;  // every line is asked: most fail at once
  }
  return only_pipes || (only_rule && rule_chars >= 3);
}

// Whether a text starting with byte `c` may fold to one starting with lowercase ASCII `letter`:
// checked before FoldText, which allocates, on every line.
bool MayFoldTo(char c, char letter) {
  return static_cast<unsigned char>(c) >= 0x80 || (c | 0x20) == letter;
}

bool IsPageNumber(std::string_view t) {
  std::size_t i = 0;
  if (t.size() >= 5 && MayFoldTo(t[0], 't') && FoldText(t.substr(0, 5)) == "trang") i = SkipSpaces(t, 5);
  else if (!t.empty() && t[0] == '-') i = SkipSpaces(t, 1);
  std::size_t digits = 0;
  while (i < t.size() && IsDigit(t[i])) ++i, ++digits;
  if (digits == 0 || digits > 3) return false;
  i = SkipSpaces(t, i);
  if (i < t.size() && t[i] == '/') {
    i = SkipSpaces(t, i + 1);
    while (i < t.size() && IsDigit(t[i])) ++i;
  }
  if (i < t.size() && t[i] == '-') i = SkipSpaces(t, i + 1);
  return i == t.size();
}

// "Nghị định số 98/2020/NĐ-CP ...", "của Luật ...", "khoản 2 ...": what follows "Điều 9 " on a
// wrapped line that cites an article ("... theo quy định tại" / "Điều 9 Nghị định số ..."),
// where a heading has its own words ("Điều 2 Quyết định này có hiệu lực ...").
bool CitesDocument(std::string_view rest) {
  const std::string f = FoldText(rest.substr(0, std::min<std::size_t>(rest.size(), 40)));
  for (std::string_view p : {"cua ", "khoan ", "luat ", "bo luat "})
    if (f.compare(0, p.size(), p) == 0) return true;
  for (std::string_view type : {"nghi dinh", "thong tu", "nghi quyet", "quyet dinh", "chi thi",
                                "thong tri", "phap lenh"})
    if (f.compare(0, type.size(), type) == 0 && f.compare(type.size(), 4, " so ") == 0) return true;
  return false;
}

// Fills marker fields of `line` from the trimmed text `t` that starts at byte `base`.
void DetectMarker(std::string_view t, std::size_t base, Line& line) {
  auto set = [&](MarkerStyle style, int ordinal, std::string label, std::size_t after) {
    line.marker = style;
    line.ordinal = ordinal;
    line.label = std::move(label);
    line.content = base + SkipSpaces(t, after);
  };
  if (t.empty()) return;
  // Article: "Điều 2." / "ĐIỀU 2:".
  if (t.size() > 6) {
    std::size_t sp = t.find(' ');
    if (sp != std::string_view::npos && sp <= 8 && MayFoldTo(t[0], 'd') &&
        FoldText(t.substr(0, sp)) == "dieu") {
      std::size_t i = SkipSpaces(t, sp), d = i;
      while (i < t.size() && IsDigit(t[i])) ++i;
      if (i > d && i - d <= 3 && (i == t.size() || t[i] == '.' || t[i] == ':' || t[i] == ' ') &&
          !(i < t.size() && t[i] == ' ' && CitesDocument(t.substr(i + 1)))) {
        std::string number(t.substr(d, i - d));
        if (i < t.size() && (t[i] == '.' || t[i] == ':')) ++i;
        set(MarkerStyle::kArticle, std::stoi(number), "Điều " + number, i);
        return;
      }
    }
  }
  // Appendix title: "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC SỐ 01" (short line only).
  if (t.size() < 40 && (t[0] == 'P' || t[0] == 'p')) {
    std::vector<Word> words = Tokenize(t);
    if (words.size() >= 2 && words.size() <= 4 && words[0].fold == "phu" && words[1].fold == "luc" &&
        words[0].upper && t.size() < 40) {
      set(MarkerStyle::kAppendix, 1, "Phụ lục", t.size());
      line.content = base + t.size();
      return;
    }
  }
  // Roman: "II." "IV)".
  {
    std::size_t i = 0;
    while (i < t.size() && i < 7 && (t[i] == 'I' || t[i] == 'V' || t[i] == 'X' || t[i] == 'L')) ++i;
    if (i > 0 && i < t.size() && (t[i] == '.' || t[i] == ')')) {
      int value = RomanValue(t.substr(0, i));
      if (value > 0 && MarkerEnds(t, i + 1, true)) {
        set(MarkerStyle::kRoman, value, std::string(t.substr(0, i)), i + 1);
        return;
      }
    }
  }
  // Arabic: "3." "3-" "3)" "3.1."
  {
    std::size_t i = 0;
    while (i < t.size() && IsDigit(t[i])) ++i;
    if (i > 0 && i <= 3 && i < t.size()) {
      std::string number(t.substr(0, i));
      char c = t[i];
      if (c == '.' && i + 1 < t.size() && IsDigit(t[i + 1])) {
        std::size_t j = i + 1;
        while (j < t.size() && IsDigit(t[j])) ++j;
        if (j - i - 1 <= 2 && j < t.size() && t[j] == '.' && MarkerEnds(t, j + 1, true)) {
          std::string sub(t.substr(i + 1, j - i - 1));
          set(MarkerStyle::kArabicSub, std::stoi(sub), number + "." + sub, j + 1);
          return;
        }
      } else if ((c == '.' || c == ')') && MarkerEnds(t, i + 1, c == '.')) {
        set(c == '.' ? MarkerStyle::kArabic : MarkerStyle::kArabicParen, std::stoi(number), number,
            i + 1);
        return;
      } else if (c == '-' && MarkerEnds(t, i + 1, false)) {
        set(MarkerStyle::kArabicDash, std::stoi(number), number, i + 1);
        return;
      } else if (c == ' ' && i + 2 < t.size() && t[i + 1] == '-' && t[i + 2] == ' ' && i <= 2) {
        // OCR: "1 - Các cấp ủy" read for "1- Các cấp ủy".
        set(MarkerStyle::kArabicDash, std::stoi(number), number, i + 2);
        return;
      }
    }
  }
  // Letter: "a)" "đ)" "b."
  {
    std::size_t len = Utf8Len(static_cast<unsigned char>(t[0]));
    if (len < t.size() && (t[len] == ')' || t[len] == '.')) {
      std::string_view letter = t.substr(0, len);
      int ordinal = VietnameseLetterOrdinal(letter);
      // OCR may lose the space after "c)": "c)Ban Tuyên giáo ...".
      if (ordinal > 0 && MarkerEnds(t, len + 1, t[len] == ')') && len + 1 < t.size()) {
        set(MarkerStyle::kLetter, ordinal, std::string(letter), len + 1);
        return;
      }
    }
  }
  // Bullets.
  {
    static constexpr std::array<std::pair<std::string_view, MarkerStyle>, 12> kBullets = {{
        {"-", MarkerStyle::kDash},  {"–", MarkerStyle::kDash}, {"—", MarkerStyle::kDash},
        {"+", MarkerStyle::kPlus},  {"•", MarkerStyle::kDot},  {"°", MarkerStyle::kDot},
        {"*", MarkerStyle::kDot},   {"·", MarkerStyle::kDot},  {"▪", MarkerStyle::kDot},
        {"●", MarkerStyle::kDot},   {"◦", MarkerStyle::kDot},  {"➢", MarkerStyle::kDot},
    }};
    for (const auto& [symbol, style] : kBullets) {
      if (t.substr(0, symbol.size()) != symbol) continue;
      std::size_t after = symbol.size();
      bool glued = style != MarkerStyle::kDot && after < t.size() && StartsWithCapital(t.substr(after));
      if (after == t.size() || t[after] == ' ' || t[after] == '\t' || glued ||
          style == MarkerStyle::kDot) {
        if (style == MarkerStyle::kDot && after < t.size() && t[after] != ' ' && symbol == "*") break;
        set(style, 0, std::string(symbol), after);
        return;
      }
      break;
    }
  }
}

}  // namespace

bool IsBullet(MarkerStyle style) {
  return style == MarkerStyle::kDash || style == MarkerStyle::kPlus || style == MarkerStyle::kDot;
}

int VietnameseLetterOrdinal(std::string_view letter) {
  static constexpr std::array<std::string_view, 23> kLetters = {
      "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
      "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  for (std::size_t i = 0; i < kLetters.size(); ++i)
    if (kLetters[i] == letter) return static_cast<int>(i) + 1;
  return 0;
}

std::string_view Trim(std::string_view text) {
  // Spaces, tabs, CR, form feeds (a page break from pdftotext) and NBSP (U+00A0, common in
  // text copied from web pages).
  auto nbsp_at = [&](std::size_t i) {
    return i + 1 < text.size() && text[i] == '\xC2' && text[i + 1] == '\xA0';
  };
  std::size_t b = 0, e = text.size();
  while (b < e) {
    if (text[b] == ' ' || text[b] == '\t' || text[b] == '\r' || text[b] == '\f') ++b;
    else if (nbsp_at(b) && b + 2 <= e) b += 2;
    else break;
  }
  while (e > b) {
    char c = text[e - 1];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f') --e;
    else if (e >= b + 2 && nbsp_at(e - 2)) e -= 2;
    else break;
  }
  return text.substr(b, e - b);
}

std::vector<Line> ClassifyLines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    Line line;
    line.begin = pos;
    line.end = nl;
    std::string_view raw = text.substr(pos, nl - pos);
    std::string_view t = Trim(raw);
    std::size_t base = pos + static_cast<std::size_t>(t.data() - raw.data());
    line.content = base;
    if (t.empty()) {
      line.kind = LineKind::kBlank;
    } else if (t[0] == '|' && std::count(t.begin(), t.end(), '|') >= 3) {
      bool rule = true;
      for (char c : t) rule = rule && (c == '|' || c == '-' || c == ':' || c == ' ' || c == '+');
      line.kind = rule ? LineKind::kTableRule : LineKind::kTableRow;
    } else if (IsSeparator(t)) {
      line.kind = LineKind::kSeparator;
    } else if (IsPageNumber(t)) {
      line.kind = LineKind::kPageNumber;
    } else {
      line.kind = LineKind::kText;
      DetectMarker(t, base, line);
    }
    lines.push_back(std::move(line));
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  // Tables whose cells are separated by tabs or runs of spaces are known by their header row.
  MarkLayoutTables(text, lines);
  return lines;
}

}  // namespace chidao::parse_internal
