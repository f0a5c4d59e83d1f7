#include "layout_lines.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "signer_title.h"
#include "text_case.h"

namespace chidao {

bool IsSeparator(std::string_view s) {
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) return false;
  }
  return true;
}

TextLine LineAt(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t nl = text.find('\n', from);
  std::size_t e = (nl == std::string_view::npos || nl > to) ? to : nl;
  TextLine l;
  l.begin = from;
  l.end = e;
  l.text = text.substr(from, e - from);
  if (!l.text.empty() && l.text.back() == '\r') l.text.remove_suffix(1);
  l.blank = IsSeparator(l.text);
  return l;
}

std::vector<TextLine> SplitLines(std::string_view text, std::size_t from, std::size_t to,
                                 std::size_t max_lines) {
  std::vector<TextLine> out;
  if (to > text.size()) to = text.size();
  for (std::size_t p = from; p < to && out.size() < max_lines; p = out.back().end + 1)
    out.push_back(LineAt(text, p, to));
  return out;
}

namespace {

using parse_internal::kSignerTitles;
using parse_internal::SignerTitle;

// Where OCR joined two columns of a header or signature with a single space, the offset where
// the right column starts, 0 when there is none: before the national title ("UBND TỈNH THÁI BÌNH CỘNG HOÀ XÃ
// HỘI ...", "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc"), and before the place of the place-date
// after a code ("Số: 2154/SYT-NVY Thái Bình, ngày 12 tháng 9 năm 2024").
std::size_t MergedColumnStart(std::string_view t) {
  for (std::string_view mark : {"CỘNG HÒA XÃ", "CỘNG HOÀ XÃ", "Độc lập - Tự do", "Độc lập – Tự do"}) {
    std::size_t p = t.find(mark);
    if (p != std::string_view::npos && p > 0 && t[p - 1] == ' ') return p;
  }
  // "Nơi nhận: KT. GIÁM ĐỐC", "- Như trên; PHÓ GIÁM ĐỐC": the signature column beside the
  // recipients, after the punctuation that ends a recipients cell. Each mark is taken at its
  // first occurrence only. Every cell of a header or signature line is asked: the punctuation
  // and space a mark must follow are looked for first (most cells have none), and the marks
  // only there, instead of searching the cell for each of them.
  static constexpr std::array<std::string_view, 6> kAuthorities{"KT. ", "TM. ", "TL. ", "T/M ", "K/T ", "T/L "};
  auto opens_mark = [t](std::size_t p, std::string_view mark) {
    return t.compare(p, mark.size(), mark) == 0 && t.find(mark) == p;
  };
  std::size_t best = std::string_view::npos;
  for (char punct : {':', ';', ')', ','}) {
    for (std::size_t q = t.find(punct); q != std::string_view::npos && q + 2 < best; q = t.find(punct, q + 1)) {
      const std::size_t p = q + 2;
      if (p >= t.size() || t[q + 1] != ' ') continue;
      // "KT. BỘ TRƯỞNG, CHỦ NHIỆM": a title that goes on after a comma is one title of two
      // offices; a recipients cell before a title is not in capitals.
      if (punct == ',') {
        const std::size_t space = t.rfind(' ', q);
        const std::size_t word = space == std::string_view::npos ? 0 : space + 1;
        if (IsAllCaps(t.substr(word, q - word))) continue;
      }
      const bool mark = std::any_of(kAuthorities.begin(), kAuthorities.end(),
                                    [&](std::string_view a) { return opens_mark(p, a); }) ||
                        std::any_of(kSignerTitles.begin(), kSignerTitles.end(),
                                    [&](const SignerTitle& s) { return opens_mark(p, s.caps); });
      if (mark) best = p;
    }
  }
  if (best != std::string_view::npos) return best;
  if (t.substr(0, 4) != "Số" && t.substr(0, 4) != "SỐ") return 0;
  std::size_t date = t.find(", ngày ");
  if (date == std::string_view::npos) return 0;
  std::size_t b = date;
  for (int words = 0; words < 4; ++words) {  // the place: capitalised words before ", ngày"
    // b is after a space (or at the comma): the word before starts after the space before it.
    std::size_t sp = b < 2 ? std::string_view::npos : t.rfind(' ', b == date ? b - 1 : b - 2);
    if (sp == std::string_view::npos) break;
    const unsigned char first = static_cast<unsigned char>(t[sp + 1]);  // a letter, not "2154/"
    if (!(std::isupper(first) || first >= 0x80) || !StartsUpper(t.substr(sp + 1))) break;
    b = sp + 1;
  }
  return b < date ? b : 0;
}

}  // namespace

std::vector<Cell> SplitCells(std::string_view text, const TextLine& line, int line_index) {
  std::vector<Cell> out;
  std::string_view s = line.text;
  std::size_t start = 0;
  auto flush = [&](std::size_t b, std::size_t e) {
    std::string_view t = TrimSpace(s.substr(b, e - b));
    while (!t.empty()) {
      std::size_t split = MergedColumnStart(t);
      std::string_view piece = split > 0 ? TrimSpace(t.substr(0, split)) : t;
      Cell c;
      c.begin = line.begin + static_cast<std::size_t>(piece.data() - s.data());
      c.end = c.begin + piece.size();
      c.text = text.substr(c.begin, piece.size());
      c.line = line_index;
      c.column = static_cast<int>(out.size());
      out.push_back(c);
      t = split > 0 ? t.substr(split) : std::string_view();
    }
  };
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == '|' || s[i] == '\t') {
      flush(start, i);
      start = ++i;
      continue;
    }
    if (s[i] == ' ') {
      std::size_t j = i;
      while (j < s.size() && s[j] == ' ') ++j;
      if (j - i >= 3 && i > start && !TrimSpace(s.substr(start, i - start)).empty()) {
        flush(start, i);
        start = j;
      }
      i = j;
      continue;
    }
    ++i;
  }
  flush(start, s.size());
  return out;
}

}  // namespace chidao
