#include "layout_lines.h"

#include <cctype>

#include "text_case.h"

namespace chidao {

bool IsSeparator(std::string_view s) {
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalnum(u)) return false;
  }
  return true;
}

std::vector<TextLine> SplitLines(std::string_view text, std::size_t from, std::size_t to,
                                 std::size_t max_lines) {
  std::vector<TextLine> out;
  if (to > text.size()) to = text.size();
  std::size_t p = from;
  while (p < to && out.size() < max_lines) {
    std::size_t nl = text.find('\n', p);
    std::size_t e = (nl == std::string_view::npos || nl > to) ? to : nl;
    TextLine l;
    l.begin = p;
    l.end = e;
    l.text = text.substr(p, e - p);
    if (!l.text.empty() && l.text.back() == '\r') l.text.remove_suffix(1);
    l.blank = IsSeparator(l.text);
    out.push_back(l);
    p = e + 1;
  }
  return out;
}

std::vector<Cell> SplitCells(std::string_view text, const TextLine& line, int line_index) {
  std::vector<Cell> out;
  std::string_view s = line.text;
  std::size_t start = 0;
  auto flush = [&](std::size_t b, std::size_t e) {
    std::string_view raw = s.substr(b, e - b);
    std::string_view t = TrimSpace(raw);
    if (t.empty()) return;
    Cell c;
    c.begin = line.begin + static_cast<std::size_t>(t.data() - s.data());
    c.end = c.begin + t.size();
    c.text = text.substr(c.begin, t.size());
    c.line = line_index;
    c.column = static_cast<int>(out.size());
    out.push_back(c);
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
