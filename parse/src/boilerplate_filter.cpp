// Boilerplate rules, with the evidence for each:
// - a line next to a page number that repeats, or that cites the document's own number and
//   date ("Chỉ thị số 12/CT-UBND ngày 20/8/2019 ..."), is a running header; a text line of 20+
//   characters repeated three times or more is one too;
// - a web article is recognised by its site markers ("cms-view-count", "lượt xem", "Ý kiến bạn
//   đọc", "(GMT +7)", "Tổng lượt truy cập"); in it:
//   - a line with a site marker is boilerplate, and after a closing marker ("Ý kiến bạn đọc",
//     "TIN LIÊN QUAN", "ĐỌC NHIỀU", "Liên kết website", "Bài viết liên quan") everything is;
//   - a date-and-time line ("Thứ sáu - 17/09/2021 06:46", "04/07/2025 10:15 | 2.317 lượt xem")
//     and a menu (many short capitalised segments) are site furniture;
//   - a prose line without final punctuation (a headline or a related-article link, e.g.
//     "Phó Thủ tướng Vũ Đức Đam kiểm tra công tác phòng chống dịch tại Bình Phước") is not part
//     of the text unless it names bodies (a heading such as "Sở Y tế") or is followed by items;
//   - a short all-capitalised line (the byline "Huy Hoàng", "Gia Phúc", "PV") is the author.
#include "boilerplate_filter.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>

#include "body_matcher.h"
#include "folded_text.h"
#include "text_case.h"
#include "word_tokenizer.h"

namespace chidao::parse_internal {
namespace {

bool ContainsAny(const std::string& folded, std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles)
    if (folded.find(n) != std::string::npos) return true;
  return false;
}

// The site markers are plain word sequences: a fold with single spaces is enough to find them
// (tokenising every line of an article was a tenth of the parse time).
std::string FoldLine(std::string_view line) { return CollapseSpace(FoldText(line)); }

bool EndsSentence(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '"')) t.remove_suffix(1);
  if (t.size() >= 3 && t.substr(t.size() - 3) == "”") t.remove_suffix(3);
  if (t.empty()) return false;
  char c = t.back();
  return c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == ')';
}

bool HasClockTime(std::string_view t) {
  for (std::size_t i = 0; i + 4 < t.size(); ++i) {
    auto d = [&](std::size_t k) { return t[k] >= '0' && t[k] <= '9'; };
    if (d(i) && d(i + 1) && t[i + 2] == ':' && d(i + 3) && d(i + 4)) return true;
  }
  return false;
}

bool IsMenu(std::string_view t) {
  // "Thời sự  Chính trị  Kinh tế  Xã hội ...": segments split by two spaces, "|" or "›".
  int segments = 1;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i] == ' ' && t[i + 1] == ' ') {
      ++segments;
      while (i + 1 < t.size() && t[i + 1] == ' ') ++i;
    }
  }
  return segments >= 4 || t.find("›") != std::string_view::npos ||
         t.find("»") != std::string_view::npos;
}

// The site markers as a page writes them, each with the offset of its rarest byte in
// Vietnamese text ("e" of "xem", the "Ê" of "LIÊN", the last byte of "ọ"): a marker is searched
// for by that byte (memchr) and compared around it. Searched for by their first bytes ("c", "t",
// "b", "l" start a good part of the words), the fifteen markers took about 9 of the filter's 22
// instructions a byte of text.
struct RawMarker {
  std::string_view text;
  std::size_t anchor;
};
constexpr std::array<RawMarker, 15> kRawMarkers{{
    {"cms-", 3},          {"lượt xem", 9},  {"Lượt xem", 0},      {"LƯỢT XEM", 9},
    {"truy cập", 8},      {"TRUY CẬP", 1},  {"bạn đọc", 10},      {"BẠN ĐỌC", 10},
    {"GMT", 1},           {"Tin liên quan", 10}, {"TIN LIÊN QUAN", 7}, {"ĐỌC NHIỀU", 4},
    {"Đọc nhiều", 4},     {"Bản quyền", 11}, {"bản quyền", 11}}};

bool Contains(std::string_view text, const RawMarker& m) {
  const char anchor = m.text[m.anchor];
  for (std::size_t p = text.find(anchor, m.anchor); p != std::string_view::npos; p = text.find(anchor, p + 1))
    if (text.compare(p - m.anchor, m.text.size(), m.text) == 0) return true;
  return false;
}

// Repeated lines are counted by a hash of their length and their first and last eight bytes,
// which tells most lines apart without reading them whole (the map compares the bytes of those
// that collide) instead of reading every line of the document once more.
struct LineHash {
  std::size_t operator()(std::string_view s) const {
    const std::size_t n = std::min<std::size_t>(8, s.size());
    std::uint64_t head = 0, tail = 0;
    std::memcpy(&head, s.data(), n);
    std::memcpy(&tail, s.data() + s.size() - n, n);
    return static_cast<std::size_t>((head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ s.size());
  }
};

}  // namespace

bool MarkBoilerplate(std::string_view text, std::vector<Line>& lines) {
  auto line_text = [&](const Line& l) { return Trim(text.substr(l.begin, l.end - l.begin)); };

  // Running headers around page numbers, and lines repeated three times or more.
  std::unordered_map<std::string_view, int, LineHash> counts;
  counts.reserve(lines.size());
  for (const Line& l : lines)
    if (l.kind == LineKind::kText && line_text(l).size() >= 20) ++counts[line_text(l)];
  for (std::size_t i = 0; i < lines.size(); ++i) {
    // A running header without page numbers: repeated, and standing at a break (a blank line
    // before or after it), never inside a run of text lines.
    bool at_break = (i > 0 && lines[i - 1].kind == LineKind::kBlank) ||
                    (i + 1 < lines.size() && lines[i + 1].kind == LineKind::kBlank);
    // The hash look-up last: it is the costly test.
    if (lines[i].kind == LineKind::kText && at_break && lines[i].marker == MarkerStyle::kNone &&
        line_text(lines[i]).size() >= 20 && counts[line_text(lines[i])] >= 3)
      lines[i].kind = LineKind::kBoilerplate;
    if (lines[i].kind != LineKind::kPageNumber) continue;
    for (int dir : {-1, 1}) {
      std::size_t j = i;
      while (true) {
        if (dir < 0 && j == 0) break;
        j = dir < 0 ? j - 1 : j + 1;
        if (j >= lines.size() || lines[j].kind != LineKind::kBlank) break;
      }
      if (j >= lines.size() || lines[j].kind != LineKind::kText) continue;
      std::string_view t = line_text(lines[j]);
      std::string folded = FoldLine(t);
      bool cites_self = folded.find(" so ") != std::string::npos && folded.find(" ngay ") != std::string::npos &&
                        !EndsSentence(t) && lines[j].marker == MarkerStyle::kNone;
      if (counts[t] >= 2 || cites_self) lines[j].kind = LineKind::kBoilerplate;
    }
  }

  // Web articles. Most documents carry none of the site markers: skip folding every line then.
  bool maybe_web = false;
  for (const RawMarker& m : kRawMarkers) maybe_web = maybe_web || Contains(text, m);
  if (!maybe_web) return false;
  // Lines are folded only until the first site marker, and after it only the short lines, the
  // only ones the rules below read the fold of.
  bool web = false;
  std::vector<std::string> folded(lines.size());
  std::vector<bool> has_fold(lines.size(), false);
  for (std::size_t i = 0; i < lines.size() && !web; ++i) {
    if (lines[i].kind != LineKind::kText) continue;
    folded[i] = FoldLine(line_text(lines[i]));
    has_fold[i] = true;
    if (ContainsAny(folded[i], {"cms-", "luot xem", "luot truy cap", "dang truy cap",
                                "y kien ban doc", "gmt +7", "gmt+7", "tin lien quan",
                                "binh luan cua ban", "ban quyen thuoc", "doc nhieu"}))
      web = true;
  }
  if (!web) return false;
  bool closed = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& l = lines[i];
    if (l.kind != LineKind::kText && l.kind != LineKind::kPageNumber) continue;
    if (closed) {
      l.kind = LineKind::kBoilerplate;
      continue;
    }
    std::string_view t = line_text(l);
    bool short_line = t.size() < 60;
    if (short_line && !has_fold[i] && l.kind == LineKind::kText) {
      folded[i] = FoldLine(t);
      has_fold[i] = true;
    }
    const std::string& f = folded[i];
    if (short_line && ContainsAny(f, {"y kien ban doc", "tin lien quan", "doc nhieu",
                                      "lien ket website", "bai viet lien quan", "tin cung chuyen muc",
                                      "tin khac", "y kien (", "binh luan"})) {
      closed = true;
      l.kind = LineKind::kBoilerplate;
      continue;
    }
    if (short_line &&
        ContainsAny(f, {"cms-", "luot xem", "luot truy cap", "dang truy cap", "gmt", "hom nay",
                        "tat ca chuyen muc", "nghe bai viet", "co chu", "tong so diem",
                        "ban da khong su dung", "ban quyen", "giay phep", "thong ke", "lien ket",
                        "chia se", "in bai", "dang nhap"})) {
      l.kind = LineKind::kBoilerplate;
      continue;
    }
    if ((HasClockTime(t) && short_line) || IsMenu(t)) {
      l.kind = LineKind::kBoilerplate;
      continue;
    }
    if (l.marker != MarkerStyle::kNone || EndsSentence(t)) continue;
    std::vector<Word> words = Tokenize(t);
    if (MatchBodyHeading(words, t)) continue;
    // The next text line opens an item: this line is a heading of the article's text.
    std::size_t j = i + 1;
    while (j < lines.size() && lines[j].kind == LineKind::kBlank) ++j;
    if (j < lines.size() && lines[j].kind == LineKind::kText && IsBullet(lines[j].marker)) continue;
    l.kind = LineKind::kBoilerplate;  // headline, link title, byline, section label
  }
  return true;
}

}  // namespace chidao::parse_internal
