// The signature block and "Nơi nhận" (DOMAIN.md §1). The block starts at the first line after
// the body that is "Nơi nhận:" or an authority line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
// "T/M BAN THƯỜNG VỤ", "TL.", "TUQ.", "Q."); a converted two-column layout puts the titles and
// the name beside the recipients ("- Như trên;        PHÓ CHỦ TỊCH"), so every line is split
// into cells: the first cell of a recipients line is a recipient, the others are signature.
//   recipients  "- Bộ Y tế;" entries, a bare "-" followed by its entry on the next line, entries
//               split on ";" ("Báo Cao Bằng; Đài PTTH Cao Bằng"); "Như trên", "Như Điều 3" and the
//               archive line "Lưu: VT, VX." (or "Lưu VPTU.") dropped
//   title       authority and title lines joined with " - " in sentence case:
//               "KT. CHỦ TỊCH" + "PHÓ CHỦ TỊCH" → "KT. Chủ tịch - Phó Chủ tịch"
//   signer      the first person's name after them ("Lê Hải Hòa"); with no title lines, the
//               first name after "Nơi nhận" (an OCR that lost the titles, seed 001)
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <vector>

#include "folded_text.h"
#include "layout_lines.h"
#include "metadata_parts.h"
#include "signer_title.h"
#include "text_case.h"

namespace chidao {
namespace {

using parse_internal::kSignerTitles;
using parse_internal::SignerTitle;

const RE2& AuthorityPattern() {
  static const RE2 re(R"(^(T\.?M|K\.?T|T\.?L|TUQ|Q|T/M|K/T|T/L)\s*[./:]?\s+(\p{Lu}.*)$)");
  return re;
}

const RE2& PersonNamePattern() {
  static const RE2 re(R"(^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$)");
  return re;
}

bool IsTitleCell(std::string_view cell) {
  if (!IsAllCaps(cell) || cell.size() > 60) return false;
  if (RE2::FullMatch(re2::StringPiece(cell.data(), cell.size()), AuthorityPattern())) return true;
  std::string f = FoldText(CollapseSpace(cell));
  for (const SignerTitle& t : kSignerTitles)
    if (f == t.fold) return true;
  return false;
}

bool IsPersonName(std::string_view cell) {
  // Rejections the pattern would make too, checked first because they are cheap and most cells
  // asked about are titles, recipients or prose: an ASCII first character that is not a
  // capital, or more than five words (the Unicode classes make the pattern cost ~100
  // instructions a byte).
  if (cell.empty()) return false;
  const auto first_byte = static_cast<unsigned char>(cell[0]);
  if (first_byte < 0x80 && !(first_byte >= 'A' && first_byte <= 'Z')) return false;
  int words = 0;
  bool in_word = false;
  for (char c : cell) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word && ++words > 5) return false;
    in_word = !space;
  }
  if (!RE2::FullMatch(re2::StringPiece(cell.data(), cell.size()), PersonNamePattern())) return false;
  std::string f = FoldText(cell);
  std::string first = f.substr(0, f.find(' '));
  static constexpr std::array<std::string_view, 12> kNotNames{
      "so", "ban", "bo", "uy", "phong", "cuc", "nhu", "luu", "noi", "kinh", "cong", "van"};
  return std::find(kNotNames.begin(), kNotNames.end(), first) == kNotNames.end();
}

// A title in sentence case given the capitals the language's rules put inside it: the office
// after "Phó" ("Phó Chủ tịch", "Phó Giám đốc", "Phó Chánh Văn phòng"), the organ named in a
// title ("Chánh Văn phòng", "Ban Thường vụ", "Ban Chấp hành", "Tỉnh ủy", "Huyện ủy"), the
// second of two offices ("Bộ trưởng, Chủ nhiệm").
std::string TitleCase(const std::string& sentence_case) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < sentence_case.size();) {
    std::size_t j = std::min(sentence_case.find(' ', i), sentence_case.size());
    words.push_back(sentence_case.substr(i, j - i));
    i = j + 1;
  }
  std::vector<std::string> f;
  for (const std::string& w : words) f.push_back(FoldText(w));
  auto fold_at = [&](std::size_t k) { return k < f.size() ? std::string_view(f[k]) : ""; };
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string_view prev = i > 0 ? fold_at(i - 1) : "", cur = fold_at(i), next = fold_at(i + 1);
    // A second office held after a comma: "Bộ trưởng, Chủ nhiệm" (Văn phòng Chính phủ).
    const bool second_office = !prev.empty() && prev.back() == ',';
    bool cap = prev == "pho" || second_office ||
               (prev == "thu" && cur == "thuong" && next == "truc") ||  // "Phó Bí thư Thường trực"
               (prev == "chanh" && cur == "van" && next == "phong") ||
               (prev == "ban" && ((cur == "thuong" && next == "vu") || (cur == "chap" && next == "hanh"))) ||
               ((cur == "tinh" || cur == "huyen" || cur == "thanh" || cur == "dang") && next == "uy" && i > 0);
    if (!out.empty()) out.push_back(' ');
    out += cap ? CapitalizeFirst(words[i]) : words[i];
  }
  return out;
}

// "KT. CHỦ TỊCH" → "KT. Chủ tịch"; "PHÓ CHỦ TỊCH" → "Phó Chủ tịch"; "T/M BAN THƯỜNG VỤ" →
// "TM. Ban Thường vụ".
std::string FormatTitle(std::string_view cell) {
  std::string prefix, rest;
  re2::StringPiece in(cell.data(), cell.size());
  if (RE2::FullMatch(in, AuthorityPattern(), &prefix, &rest)) {
    std::string p;
    for (char c : prefix)
      if (c != '.' && c != '/') p.push_back(c);
    return p + ". " + TitleCase(SentenceCase(CollapseSpace(rest)));
  }
  return TitleCase(SentenceCase(CollapseSpace(cell)));
}

bool IsNoiNhan(std::string_view cell) {
  std::string f = FoldText(cell.substr(0, std::min<std::size_t>(cell.size(), 24)));
  return f.compare(0, 8, "noi nhan") == 0;
}

std::size_t LeadingSpaces(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && (s[n] == ' ' || s[n] == '\t')) n += s[n] == '\t' ? 8 : 1;
  return n;
}

// A cheap test before splitting a line into cells: only lines with "Nơi nhận" (any marks)
// or an authority abbreviation can start the block, that is a line that opens with "N" or "n"
// or holds one of "TM", "KT", "TL", "TUQ", "Q.", "T/M", "K/T", "T/L", "T.M", "K.T", "T.L", "Nơi",
// "NƠI", "noi", "Noi". Every line after the body's start is asked, so the lines are not read one
// by one: the text is searched (memchr) once for each of a few bytes, the rarest of each string
// ("T", "K", "Q", "N", the "o" of "noi") and the newline before each line, and each hit is checked
// where it stands. (Fifteen substring searches per line were a tenth of the metadata's cost.)
class BlockStartLines {
 public:
  // Lines of text[from, to).
  BlockStartLines(std::string_view text, std::size_t from, std::size_t to)
      : text_(text.substr(0, to)), from_(from) {}

  // The start of the first line at or after `p` (a line start) that may start the block; the
  // end of the text when there is none.
  std::size_t Next(std::size_t p) {
    std::size_t first = text_.size();
    for (Lead& lead : leads_) {
      if (lead.hit == std::string_view::npos || lead.hit < p) lead.hit = Find(lead.byte, p);
      first = std::min(first, lead.hit);
    }
    if (first == text_.size()) return first;
    std::size_t nl = text_.rfind('\n', first);
    return nl == std::string_view::npos || nl < from_ ? from_ : nl + 1;
  }

 private:
  struct Lead {
    char byte;
    std::size_t hit = std::string_view::npos;  // the first accepted position at or after the last search
  };

  // The first position at or after p (a line start) where one of the strings searched by
  // `byte` starts, or for '\n' a line that opens with "N" or "n" starts.
  std::size_t Find(char byte, std::size_t p) const {
    if (byte == '\n' && p < text_.size() && OpensWithN(p)) return p;
    for (std::size_t i = text_.find(byte, p); i != std::string_view::npos; i = text_.find(byte, i + 1)) {
      if (byte == '\n') {
        if (OpensWithN(i + 1)) return i + 1;
      } else if (byte == 'o') {  // "noi"
        if (i > p && text_[i - 1] == 'n' && At(i + 1) == 'i') return i - 1;
      } else if (StringAt(i)) {
        return i;
      }
    }
    return text_.size();
  }

  char At(std::size_t k) const { return k < text_.size() ? text_[k] : '\0'; }

  bool StringAt(std::size_t i) const {
    const char a = At(i + 1), b = At(i + 2);
    switch (text_[i]) {
      case 'T':
        return a == 'M' || a == 'L' || (a == 'U' && b == 'Q') || ((a == '/' || a == '.') && (b == 'M' || b == 'L'));
      case 'K':
        return a == 'T' || ((a == '/' || a == '.') && b == 'T');
      case 'Q':
        return a == '.';
      case 'N': {
        std::string_view rest = text_.substr(i + 1, 3);
        return rest == "ơi" || rest == "ƠI" || rest.substr(0, 2) == "oi";
      }
      default:
        return false;
    }
  }

  // The line starting at i opens, after white space as TrimSpace sees it, with "N" or "n".
  bool OpensWithN(std::size_t i) const {
    while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\r' ||
                                text_[i] == '\f' || text_[i] == '\v'))
      ++i;
    return i < text_.size() && (text_[i] == 'N' || text_[i] == 'n');
  }

  std::string_view text_;
  std::size_t from_;
  std::array<Lead, 6> leads_{{{'T'}, {'K'}, {'Q'}, {'N'}, {'o'}, {'\n'}}};
};

class RecipientReader {
 public:
  // Feeds the recipient column of one line; false once the list has ended.
  bool Feed(std::string_view cell) {
    std::string_view t = TrimSpace(cell);
    // A blank line ends the list unless the next line is another entry: OCR sets each entry
    // apart ("- Thường trực Tỉnh ủy (b/c)," / "" / "- Ban Nội chính Tỉnh ủy (b/c),").
    if (t.empty()) {
      gap_ = seen_;
      return true;
    }
    const bool dash = t[0] == '-' || t[0] == '+' || t.substr(0, 3) == "•";
    if (gap_ && !dash) return false;
    gap_ = false;
    if (dash) {
      std::string_view e = TrimSpace(t.substr(t[0] == '-' || t[0] == '+' ? 1 : 3));
      pending_dash_ = e.empty();
      if (!e.empty()) Add(e);
      seen_ = true;
      return !archived_;
    }
    if (pending_dash_) {
      pending_dash_ = false;
      Add(t);
      return !archived_;
    }
    if (seen_ && !entries_.empty() && !ended_ && StartsLower(t)) {  // a wrapped entry
      entries_.back().append(" ").append(t);
      ended_ = t.back() == ';' || t.back() == '.';
      return true;
    }
    if (!seen_ && t.size() < 80 && !IsTitleCell(t)) {  // "Nơi nhận: Sở Y tế" without a dash
      Add(t);
      seen_ = true;
      return true;
    }
    return false;
  }
  std::vector<std::string> Take() {
    std::vector<std::string> out;
    for (const std::string& raw : entries_) {
      std::string_view s = raw;
      for (std::size_t p = 0; p <= s.size();) {
        std::size_t q = s.find(';', p);
        if (q == std::string_view::npos) q = s.size();
        std::string e = CollapseSpace(s.substr(p, q - p));
        while (!e.empty() && (e.back() == ';' || e.back() == ',' || e.back() == '.')) e.pop_back();
        e = CollapseSpace(e);
        std::string f = FoldText(e);
        // A seal or signature read by OCR leaves debris ("„ 5ð Y TẾ \\", "` % ="): characters
        // no body's name is written with.
        bool debris = e.find_first_of("\\`=%~^<>*") != std::string::npos || e.find("„") != std::string::npos;
        bool drop = f.empty() || debris || f == "nhu tren" || f.compare(0, 8, "nhu dieu") == 0 ||
                    f.compare(0, 3, "luu") == 0;
        if (!drop) out.push_back(e);
        p = q + 1;
      }
    }
    return out;
  }

 private:
  void Add(std::string_view e) {
    entries_.emplace_back(e);
    ended_ = e.back() == ';' || e.back() == '.' || e.back() == ',';
    std::string f = FoldText(e.substr(0, std::min<std::size_t>(e.size(), 6)));
    if (f.compare(0, 3, "luu") == 0 && (f.size() == 3 || f[3] == ' ' || f[3] == ':')) archived_ = true;
  }
  std::vector<std::string> entries_;
  bool seen_ = false, pending_dash_ = false, ended_ = true, archived_ = false, gap_ = false;
};

}  // namespace

bool SignaturePatternsOk() { return AuthorityPattern().ok() && PersonNamePattern().ok(); }

SignatureInfo ParseSignature(std::string_view text, std::size_t from, std::size_t to) {
  SignatureInfo s;
  to = std::min(to, text.size());
  // Only the lines that may start the block are read, and once it is found, only as far as it
  // goes.
  TextLine first;
  bool found = false, noi_nhan = false;
  BlockStartLines candidates(text, from, to);
  for (std::size_t p = candidates.Next(from); p < to && !found; p = candidates.Next(first.end + 1)) {
    first = LineAt(text, p, to);
    if (first.blank || first.text.size() > 400) continue;
    for (const Cell& c : SplitCells(text, first, 0)) {
      if (IsNoiNhan(c.text) && c.column == 0) {
        found = noi_nhan = true;
        break;
      }
      if (IsAllCaps(c.text) && RE2::FullMatch(re2::StringPiece(c.text.data(), c.text.size()), AuthorityPattern())) {
        found = true;
        break;
      }
    }
  }
  if (!found) return s;
  s.found = true;
  s.begin = first.begin;
  s.end = first.end;
  RecipientReader recipients;
  bool reading = noi_nhan;
  std::vector<std::string> titles;
  int idle = 0;  // non-blank lines since the block last grew: a name is never far from its title
  bool after_gap = false;  // the line follows a blank one
  TextLine line;
  for (std::size_t p = first.begin; p < to && idle < 12; p = line.end + 1) {
    line = LineAt(text, p, to);
    const bool first_line = p == first.begin;
    std::vector<Cell> cells = SplitCells(text, line, 0);
    std::size_t end_before = s.end;
    if (cells.empty()) {
      if (reading) reading = recipients.Feed("");
      after_gap = true;
      continue;
    }
    bool right_only = LeadingSpaces(line.text) >= 15;
    std::size_t first_sig = 0;
    // "T/M BAN THƯỜNG VỤ" may stand a line above "Nơi nhận:": the recipients start there.
    bool noi_nhan_line = first_line && noi_nhan;
    if (!noi_nhan && !right_only && cells[0].column == 0 && IsNoiNhan(cells[0].text)) {
      noi_nhan = reading = noi_nhan_line = true;
    }
    if (reading && !right_only) {
      std::string_view rc = cells[0].text;
      if (noi_nhan_line) {
        FoldedText f(rc);
        std::size_t cut = f.Original(std::min<std::size_t>(8, f.text().size()));
        rc = TrimSpace(rc.substr(cut));
        if (!rc.empty() && rc[0] == ':') rc = TrimSpace(rc.substr(1));
        first_sig = 1;
        if (!rc.empty()) recipients.Feed(rc);
      } else if (IsTitleCell(rc) || (IsPersonName(rc) && cells.size() == 1 && !titles.empty())) {
        reading = false;
      } else {
        reading = recipients.Feed(rc);
        first_sig = reading || !after_gap ? 1 : 0;  // the line after the list is read whole
      }
      // A line after a blank that the list refused is in the block only for what the cells
      // below find there (a title, a name): the first line of an attached plan is not.
      if (reading || !after_gap) s.end = line.end;
    }
    for (std::size_t i = first_sig; i < cells.size(); ++i) {
      std::string_view c = cells[i].text;
      if (IsSeparator(c)) continue;
      if (IsTitleCell(c)) {
        if (!s.signer) titles.push_back(FormatTitle(c));
        s.end = std::max(s.end, line.end);
        continue;
      }
      if (!s.signer && IsPersonName(c) && (!titles.empty() || (!reading && noi_nhan))) {
        s.signer = CollapseSpace(c);
        s.end = std::max(s.end, line.end);
      }
    }
    after_gap = false;
    idle = s.end == end_before ? idle + 1 : 0;
    // Past the name and the recipients: the block is over.
    if (s.signer && !reading) break;
    if (!reading && titles.empty() && !noi_nhan) break;
  }
  if (!titles.empty()) {
    std::string joined;
    for (const std::string& t : titles) joined += (joined.empty() ? "" : " - ") + t;
    s.signer_title = joined;
  }
  s.recipients = recipients.Take();
  s.end = std::min(s.end + 1, text.size());
  return s;
}

}  // namespace chidao
