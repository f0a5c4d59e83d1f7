// The header of a state or Party document (DOMAIN.md §1–2), read cell by cell in whatever
// order a converted layout left it (seed 002: issuer, motto, code, place/date, type, subject,
// separated by "|"; two-column text files put the columns side by side on one line).
//   issuer     first all-caps cells that name a body: "ỦY BAN NHÂN DÂN" + "TỈNH CAO BẰNG"
//              (joined), "UBND TỈNH X" + "SỞ Y TẾ" (the lower line issues), "ĐẢNG BỘ TỈNH X" +
//              "TỈNH ỦY" → "Tỉnh ủy X"
//   code       "Số: 3279/KH-UBND", "Số 91 -CV/TU", "* Số 215-KH/TU" (the Party star joined to it;
//              a stamp's "Số: 2617" has no symbol: ignored)
//   place/date "Cao Bằng, ngày 26 tháng 11 năm 2021" (also split over two cells); a stamp's
//              "Ngày: 07/5/2021" has no place and is ignored
//   type       an all-caps type line "KẾ HOẠCH", "CÔNG ĐIỆN" (not "QUYẾT ĐỊNH:", the enacting
//              word), then the subject: following all-caps lines, or lines that continue it in
//              lowercase ("Về việc ... mạnh lên" / "thành bão ..."), up to a separator or a blank
//   V/v        "V/v tăng cường ..." (công văn), OCR prefixes before it ignored ("Chuyên: V/v")
//   urgency    a cell that is only "HỎA TỐC", "THƯỢNG KHẨN", "KHẨN", however garbled by OCR
//   Kính gửi   "- A; - B" entries, skipping short OCR noise lines between them; a công điện
//              without "Kính gửi" lists them after its voice line ("THỦ TƯỚNG CHÍNH PHỦ điện:")
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <deque>
#include <optional>

#include "date_parser.h"
#include "document_code.h"
#include "document_type.h"
#include "folded_text.h"
#include "issuer_name.h"
#include "layout_lines.h"
#include "metadata_parts.h"
#include "text_case.h"

namespace chidao {
namespace {

using parse_internal::DocumentTypeName;
using parse_internal::kDocumentTypeNames;
using re2::StringPiece;

const RE2& PlaceDatePattern() {
  // On folded text: a place of letters (no digits), a comma, then the date.
  static const RE2 re(R"(^([a-z][a-z .'()-]{1,50}?)\s*,\s*(?:ngay\s+\d|\d{1,2}[/.-]\d))");
  return re;
}

const RE2& BodyMarkerPattern() {
  static const RE2 re(
      R"(^(?:can cu|thuc hien|theo |kinh gui|de |nham |trong |thoi gian|ngay \d|dieu \d)"
      R"(|[ivx]+\s*[.)/]|\d{1,2}\s*[.)/-]|[a-z]\)))");
  return re;
}

std::string Letters(std::string_view folded) {
  std::string out;
  for (char c : folded)
    if (c >= 'a' && c <= 'z') out.push_back(c);
  return out;
}

// Letters(folded) == word, without building the letters (every cell of a header is asked).
bool LettersAre(std::string_view folded, std::string_view word) {
  std::size_t k = 0;
  for (char c : folded) {
    if (c < 'a' || c > 'z') continue;
    if (k == word.size() || c != word[k]) return false;
    ++k;
  }
  return k == word.size();
}

// UrgencyOf a cell whose FoldText is `folded`.
Urgency UrgencyOfFolded(std::string_view cell, const std::string& folded) {
  if (cell.size() > 40) return Urgency::kNone;
  if (LettersAre(folded, "hoatoc") || LettersAre(folded, "hoatochengio")) return Urgency::kHoaToc;
  if (LettersAre(folded, "thuongkhan")) return Urgency::kThuongKhan;
  if (LettersAre(folded, "khan")) return Urgency::kKhan;
  return Urgency::kNone;
}

Urgency UrgencyOf(std::string_view cell) {
  return cell.size() > 40 ? Urgency::kNone : UrgencyOfFolded(cell, FoldText(cell));
}

// FoldText(CollapseSpace(cell)) of a trimmed cell whose FoldText is `folded`: that fold itself
// when the cell has no white space to collapse (most cells), which spares every cell of the
// header two copies and a second fold.
const std::string& FoldCollapsed(std::string_view cell, const std::string& folded, std::string* scratch) {
  bool collapsed = true;
  for (std::size_t i = 0; i < cell.size() && collapsed; ++i) {
    const char c = cell[i];
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') collapsed = false;
    if (c == ' ' && i + 1 < cell.size() && cell[i + 1] == ' ') collapsed = false;
  }
  if (collapsed) return folded;
  *scratch = FoldText(CollapseSpace(cell));
  return *scratch;
}

// `f`: FoldText(CollapseSpace(cell)).
bool IsQuocHieu(std::string_view cell, const std::string& f) {
  if (f.size() < 5) return false;
  static constexpr std::array<std::string_view, 3> kMottos{
      "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "dang cong san viet nam"};
  // A part of a motto counts too (a column layout may split "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" from
  // "VIỆT NAM"), but only printed as mottos are, in capitals, or a long run of the slogan; and
  // a split leaves the motto's first or last words, never a middle: a web menu's "Xã hội", even
  // in capitals, is not a Quốc hiệu.
  for (std::string_view m : kMottos) {
    if (f.size() == m.size() && m == f) return true;
    const bool opens = m.compare(0, f.size(), f) == 0 && m[f.size()] == ' ';
    const bool closes = f.size() < m.size() && m.compare(m.size() - f.size(), f.size(), f) == 0 &&
                        m[m.size() - f.size() - 1] == ' ';
    if (opens || closes) {
      if (IsAllCaps(cell) || (m == kMottos[1] && f.size() >= 12)) return true;
    }
  }
  return LettersAre(f, "doclaptudohanhphuc");
}

// "KẾ HOẠCH", "CÔNG ĐIỆN KHẨN": the type name in sentence case, and urgency words after it.
// `f`: FoldText(CollapseSpace(cell)).
std::optional<std::string> TypeLine(std::string_view cell, const std::string& f, Urgency* urgency) {
  if (!IsAllCaps(cell) || cell.size() > 60) return std::nullopt;
  if (!f.empty() && f.back() == ':') return std::nullopt;  // "QUYẾT ĐỊNH:" opens the articles
  for (const DocumentTypeName& type : kDocumentTypeNames) {
    const std::string_view t = type.fold;
    if (f.compare(0, t.size(), t) != 0) continue;
    std::string rest = f.substr(t.size());
    if (!rest.empty() && rest[0] != ' ') continue;
    std::string letters = Letters(rest);
    // "CHƯƠNG TRÌNH HÀNH ĐỘNG": a Party committee's programme of action is a Chương trình.
    if (t == "chuong trinh" && letters.compare(0, 8, "hanhdong") == 0) letters.erase(0, 8);
    if (letters.empty() || letters == "hoatoc" || letters == "khan" || letters == "thuongkhan") {
      if (letters == "hoatoc") *urgency = Urgency::kHoaToc;
      if (letters == "khan") *urgency = Urgency::kKhan;
      if (letters == "thuongkhan") *urgency = Urgency::kThuongKhan;
      return std::string(type.written);
    }
  }
  return std::nullopt;
}

// Text after a leading "V/v" or "Về việc" (and a colon), or the text itself.
std::string_view StripVeViec(std::string_view s) {
  FoldedText f(s);
  const std::string& t = f.text();
  std::size_t skip = 0;
  if (t.compare(0, 3, "v/v") == 0) skip = 3;
  else if (t.compare(0, 7, "ve viec") == 0) skip = 7;
  while (skip < t.size() && (t[skip] == ' ' || t[skip] == ':')) ++skip;
  return s.substr(f.Original(skip));
}

// Subject in the document's case, or in sentence case when the title line was all caps, with
// the place name and words with digits ("COVID-19") restored.
std::string FinishSubject(const std::string& raw, const std::optional<std::string>& place) {
  std::string s = CollapseSpace(raw);
  if (!IsAllCaps(s)) return s;
  std::string out = SentenceCase(s);
  std::size_t i = 0, j = 0;  // restore words containing digits, word by word (same word count)
  std::string rebuilt;
  while (i < s.size() && j < out.size()) {
    std::size_t ie = s.find(' ', i), je = out.find(' ', j);
    if (ie == std::string::npos) ie = s.size();
    if (je == std::string::npos) je = out.size();
    std::string_view w(s.data() + i, ie - i);
    bool digits = std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!rebuilt.empty()) rebuilt += ' ';
    rebuilt += digits ? w : std::string_view(out.data() + j, je - j);
    i = ie + 1;
    j = je + 1;
  }
  out = rebuilt;
  if (place && !place->empty()) {  // "tỉnh cao bằng" → "tỉnh Cao Bằng"
    std::string lowered = LowerCase(*place);
    for (std::size_t p = out.find(lowered); p != std::string::npos; p = out.find(lowered, p + place->size()))
      out.replace(p, lowered.size(), *place);
  }
  return out;
}

std::string CanonicalFromLines(std::vector<std::string> lines) {
  // Fold level/place lines into the line above: "ỦY BAN NHÂN DÂN" + "TỈNH CAO BẰNG".
  std::vector<std::string> merged;
  for (std::string& l : lines) {
    if (!merged.empty() && IsLevelPlaceLine(l)) merged.back() += " " + l;
    else merged.push_back(l);
  }
  if (merged.size() == 1) return CanonicalIssuer(merged[0]);
  const std::string& parent = merged[merged.size() - 2];
  const std::string& body = merged.back();
  std::string pf = FoldText(CollapseSpace(parent)), bf = FoldText(CollapseSpace(body));
  // "ĐẢNG BỘ TỈNH QUẢNG NINH" + "TỈNH ỦY" → "Tỉnh ủy Quảng Ninh".
  if (pf.compare(0, 7, "dang bo") == 0 && bf.size() <= 12 && bf.find(" uy") != std::string::npos) {
    std::string place = CollapseSpace(parent);
    std::size_t sp = place.find(' ', place.find(' ', place.find(' ') + 1) + 1);  // after "ĐẢNG BỘ TỈNH"
    return CanonicalIssuer(body + (sp == std::string::npos ? "" : place.substr(sp)));
  }
  // "TỈNH ỦY QUẢNG NINH" + "BAN TUYÊN GIÁO" → "Ban Tuyên giáo Tỉnh ủy Quảng Ninh".
  if (pf.find(" uy") != std::string::npos && pf.find(" uy") < 8 && bf.compare(0, 4, "ban ") == 0)
    return CanonicalIssuer(body + " " + parent);
  // A body of a People's Committee is named with the committee's place (Nghị định 30 puts the
  // managing body above the issuer): "UBND TỈNH ĐỒNG NAI" + "VĂN PHÒNG" → "Văn phòng UBND
  // tỉnh Đồng Nai"; + "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" → "Sở Tài nguyên và Môi trường tỉnh
  // Bắc Ninh"; + "CÔNG AN TỈNH" → "Công an tỉnh Bắc Ninh". A body already placed keeps its name.
  std::string owner = CanonicalIssuer(parent);
  std::string own = CanonicalIssuer(body);
  if (owner.compare(0, 5, "UBND ") == 0 && owner.size() > 5 && IsLevelPlaceLine(owner.substr(5))) {
    std::string level_place = owner.substr(5);
    std::size_t level_end = level_place.find(' ');
    std::string level = level_place.substr(0, level_end);
    if (level == "thành" || level == "thị") level_end = level_place.find(' ', level_end + 1);
    if (bf == "van phong") return "Văn phòng " + owner;
    std::string of = FoldText(own);
    std::string lf = FoldText(level_place.substr(0, level_end));
    if (of.size() > lf.size() && of.compare(of.size() - lf.size(), lf.size(), lf) == 0 &&
        of[of.size() - lf.size() - 1] == ' ')  // "Công an tỉnh": the place is missing
      return own + level_place.substr(level_end);
    if (IsCommitteeDepartment(own)) return own + " " + level_place;
  }
  return own;
}

}  // namespace

bool HeaderPatternsOk() { return PlaceDatePattern().ok() && BodyMarkerPattern().ok(); }

HeaderInfo ParseHeader(std::string_view text, std::size_t from, std::size_t to) {
  HeaderInfo h;
  h.body_begin = from;
  to = std::min(to, text.size());
  // The header's lines: at most 90, within 16000 bytes. They are cut as the rules below reach
  // them (has_line), and cut into cells as the scan reaches them (has_cell): it stops at the first
  // lines of the body, and a document's first 90 lines were cut for nothing. A deque keeps the
  // cells the scan holds by reference in place while more are added.
  const std::size_t lines_to = std::min(to, from + 16000);
  std::vector<TextLine> lines;
  auto has_line = [&](std::size_t k) {
    while (lines.size() <= k && lines.size() < 90) {
      const std::size_t p = lines.empty() ? from : lines.back().end + 1;
      if (p >= lines_to) break;
      lines.push_back(LineAt(text, p, lines_to));
    }
    return k < lines.size();
  };
  constexpr std::size_t kNoLine = static_cast<std::size_t>(-1);
  std::deque<Cell> cells;
  std::size_t lines_cut = 0;
  auto has_cell = [&](std::size_t j) {
    while (cells.size() <= j && has_line(lines_cut)) {
      for (Cell& c : SplitCells(text, lines[lines_cut], static_cast<int>(lines_cut)))
        cells.push_back(std::move(c));
      ++lines_cut;
    }
    return j < cells.size();
  };
  std::vector<std::string> issuer_lines;
  bool issuer_open = false, seen_item = false;
  int last_line = -1;
  std::size_t kinh_gui_line = kNoLine;
  std::size_t voice_line = kNoLine;  // "THỦ TƯỚNG CHÍNH PHỦ điện:"
  auto empty_between = [&](int a, int b) {
    for (int k = a + 1; k < b; ++k)
      if (TrimSpace(lines[static_cast<std::size_t>(k)].text).empty()) return true;
    return false;
  };
  for (std::size_t i = 0; has_cell(i); ++i) {
    const Cell& c = cells[i];
    std::string f = FoldText(c.text);
    std::string scratch;
    const std::string& f_collapsed = FoldCollapsed(c.text, f, &scratch);
    if (IsSeparator(c.text)) {
      issuer_open = false;
      continue;
    }
    if (f.compare(0, 8, "kinh gui") == 0) {
      kinh_gui_line = static_cast<std::size_t>(c.line);
      break;
    }
    if (IsQuocHieu(c.text, f_collapsed)) {
      h.formal = true;
      last_line = std::max(last_line, c.line);
      continue;
    }
    if (Urgency u = UrgencyOfFolded(c.text, f); u != Urgency::kNone) {
      h.urgency = u;
      last_line = std::max(last_line, c.line);
      continue;
    }
    // A Party header prints a star under the committee's name; a text layer may join it to
    // the code line below ("* Số 215-KH/TU").
    std::string_view code_cell = c.text;
    while (!code_cell.empty() && (code_cell[0] == '*' || code_cell[0] == ' ')) code_cell.remove_prefix(1);
    bool so_label = code_cell.size() == c.text.size() ? f.compare(0, 2, "so") == 0
                                                      : FoldText(code_cell).compare(0, 2, "so") == 0;
    if (!h.code && (so_label || code_cell.size() < 30)) {
      // Every code has a "/": asked first, it spares most cells the code grammar.
      std::optional<DocumentCode> code;
      if (code_cell.find('/') != std::string_view::npos) code = ParseDocumentCode(code_cell);
      if (code) {
        h.code = code;
        h.formal = seen_item = true;
        issuer_open = false;
        last_line = std::max(last_line, c.line);
        continue;
      }
    }
    if (!h.date) {
      std::string joined(code_cell);  // without the Party star ("* Krông Pắc, ngày ...")
      std::size_t consumed = i;
      if (!joined.empty() && joined.back() == ',' && has_cell(i + 1)) {
        joined.append(" ").append(cells[i + 1].text);
        consumed = i + 1;
      }
      // The pattern needs a comma with a digit after it, both of which only an ASCII comma and
      // digit fold to: a cell without them (most) is not folded.
      const std::size_t comma = joined.find(',');
      const bool may_match = comma != std::string::npos && joined.find_first_of("0123456789", comma) != std::string::npos;
      std::optional<FoldedText> fj;
      if (may_match) fj.emplace(joined);
      StringPiece g[2];
      if (fj && PlaceDatePattern().Match(fj->text(), 0, fj->text().size(), RE2::ANCHOR_START, g, 2)) {
        std::string place = CollapseSpace(fj->OriginalText(0, g[1].size()));
        std::string pf = FoldText(place);
        bool weekday = pf.compare(0, 4, "thu ") == 0 || pf.compare(0, 8, "chu nhat") == 0;
        std::vector<DateMatch> dates = FindDates(joined, std::nullopt);
        if (!weekday && !dates.empty() && place.size() < 60) {
          h.place = place;
          h.date = dates[0].date;
          seen_item = true;
          issuer_open = false;
          last_line = std::max(last_line, cells[consumed].line);
          i = consumed;
          continue;
        }
      }
    }
    Urgency type_urgency = Urgency::kNone;
    if (auto type = TypeLine(c.text, f_collapsed, &type_urgency); type && !h.type) {
      h.type = type;
      if (type_urgency != Urgency::kNone) h.urgency = type_urgency;
      h.formal = seen_item = true;
      issuer_open = false;
      last_line = std::max(last_line, c.line);
      // The subject: the lines after the type line.
      std::string subject;
      bool caps = false;
      int prev = c.line;
      std::size_t j = i + 1;
      for (; has_cell(j); ++j) {
        const Cell& s = cells[j];
        // OCR sets the title's lines apart with blank lines: a short line in lowercase still
        // continues it ("KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY" / "" / "về công tác ...").
        if (!subject.empty() && empty_between(prev, s.line) &&
            !(s.text.size() < 100 && StartsLower(s.text)))
          break;
        if (IsSeparator(s.text)) {
          if (!subject.empty()) break;
          continue;
        }
        std::string sf = FoldText(s.text);
        if (subject.empty()) {
          // "CHƯƠNG TRÌNH HÀNH ĐỘNG" / "thực hiện Nghị quyết số 57-NQ/TW ...": a title line may
          // open with a recital's words, but in lower case, as no recital does.
          const bool lower_title = sf.size() > 1 && sf[0] >= 'a' && sf[0] <= 'z' && sf[1] >= 'a' &&
                                   sf[1] <= 'z' && StartsLower(s.text);
          if (RE2::PartialMatch(sf, BodyMarkerPattern()) && sf.compare(0, 7, "ve viec") != 0 &&
              !lower_title)
            break;
          subject = std::string(StripVeViec(s.text));
          caps = IsAllCaps(s.text);
        } else if (s.text.back() == ':' || RE2::PartialMatch(sf, BodyMarkerPattern())) {
          break;
        } else if (caps && IsAllCaps(s.text) && !IsVoiceLine(s.text)) {
          subject.append(" ").append(s.text);
        } else if (StartsLower(s.text)) {
          subject.append(" ").append(s.text);
        } else {
          break;
        }
        prev = s.line;
        last_line = std::max(last_line, s.line);
      }
      if (!subject.empty()) h.subject = subject;
      i = j - 1;
      continue;
    }
    if (std::size_t vv = f.find("v/v"); vv != std::string::npos && vv < 12 && !h.subject) {
      FoldedText fc(c.text);
      std::string subject(StripVeViec(c.text.substr(fc.Original(vv))));
      std::size_t j = i + 1;
      for (; has_cell(j) && StartsLower(cells[j].text) && !IsSeparator(cells[j].text); ++j)
        subject += " " + std::string(cells[j].text);
      h.subject = subject;
      seen_item = true;
      last_line = std::max(last_line, cells[j - 1].line);
      i = j - 1;
      continue;
    }
    bool caps = IsAllCaps(c.text);
    // The right column may come first ("ĐẢNG CỘNG SẢN VIỆT NAM" / "Thái Nguyên, ngày ..." /
    // "TỈNH ỦY THÁI NGUYÊN" / "*" / "Số 186-KH/TU"): after the place and date only, the issuer
    // may still come, before the code and the type line.
    const bool issuer_may_come = !seen_item || (h.date && !h.code && !h.type);
    if (caps && issuer_lines.empty() && issuer_may_come && LooksLikeIssuerLine(c.text)) {
      issuer_lines.emplace_back(c.text);
      issuer_open = true;
      last_line = std::max(last_line, c.line);
      continue;
    }
    if (caps && issuer_open && issuer_lines.size() < 4) {
      issuer_lines.emplace_back(c.text);
      last_line = std::max(last_line, c.line);
      continue;
    }
    // The issuer's voice right after the header: "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
    // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH điện:".
    bool adjacent = c.line > last_line && c.line - last_line <= 4;
    for (int k = last_line + 1; adjacent && k < c.line; ++k)
      if (!lines[static_cast<std::size_t>(k)].blank) adjacent = false;
    if (seen_item && adjacent && c.text.size() < 90 &&
        ((caps && IsVoiceLine(c.text)) || (c.text.back() == ':' && StartsUpper(c.text) &&
                                                   IsAllCaps(c.text.substr(0, std::min<std::size_t>(8, c.text.size())))))) {
      last_line = c.line;
      if (c.text.back() == ':') voice_line = static_cast<std::size_t>(c.line);
      continue;
    }
    // Short noise (stamps, OCR debris) is skipped; a sentence starts the body.
    if (c.text.size() >= 60 || (seen_item && !caps && c.text.size() >= 25)) break;
    if (seen_item && RE2::PartialMatch(f, BodyMarkerPattern())) break;
  }
  if (!issuer_lines.empty()) h.issuer = CanonicalFromLines(issuer_lines);
  if (h.subject) h.subject = FinishSubject(*h.subject, h.place);
  if (last_line >= 0) {
    const TextLine& l = lines[static_cast<std::size_t>(last_line)];
    h.body_begin = std::min(l.end + 1, text.size());
  }
  // Kính gửi: entries "- A;" over the following lines, OCR noise lines between them skipped.
  if (kinh_gui_line == kNoLine) {
    // The header's lines (as has_line cuts them) are walked without being cut, as most documents
    // have no "Kính gửi" line, and cut up to the one that is. Only "k", "K" or a letter with
    // marks folds to "k": other lines are not folded.
    std::size_t k = 0;
    for (std::size_t p = from; p < lines_to && k < 90; ++k) {
      const std::size_t nl = text.find('\n', p);
      const std::size_t e = nl == std::string_view::npos || nl > lines_to ? lines_to : nl;
      std::string_view t = TrimSpace(text.substr(p, e - p));
      p = e + 1;
      if (t.empty() || (t[0] != 'k' && t[0] != 'K' && static_cast<unsigned char>(t[0]) < 0x80)) continue;
      std::string lf = FoldText(t.substr(0, 20));
      if (lf.compare(0, 8, "kinh gui") == 0 && has_line(k)) {
        kinh_gui_line = k;
        break;
      }
    }
  }
  // A công điện may address its list with the sender's voice alone ("THỦ TƯỚNG CHÍNH PHỦ
  // điện:" then "- Chủ tịch UBND các tỉnh ...;"): the dashed lines right after it are the
  // addressees, as after "Kính gửi".
  bool voice_list = false;
  if (kinh_gui_line == kNoLine && voice_line != kNoLine) {
    for (std::size_t k = voice_line + 1; has_line(k) && k <= voice_line + 3; ++k) {
      std::string_view t = TrimSpace(lines[k].text);
      if (t.empty()) continue;
      voice_list = t[0] == '-' || t[0] == '+' || t.substr(0, 3) == "•";
      break;
    }
    if (voice_list) kinh_gui_line = voice_line;
  }
  if (kinh_gui_line != kNoLine) {
    std::vector<std::string> entries;
    std::size_t end_line = kinh_gui_line;
    auto add = [&](std::string_view s) {
      for (std::size_t p = 0; p <= s.size();) {
        std::size_t q = s.find(';', p);
        if (q == std::string_view::npos) q = s.size();
        std::string e = CollapseSpace(s.substr(p, q - p));
        while (!e.empty() && (e[0] == '-' || e[0] == '+' || e[0] == ' ')) e.erase(0, 1);
        while (!e.empty() && (e.back() == ';' || e.back() == ',' || e.back() == '.' || e.back() == ' ')) e.pop_back();
        if (!e.empty()) entries.push_back(e);
        p = q + 1;
      }
    };
    std::string_view first = TrimSpace(lines[kinh_gui_line].text);
    FoldedText ff(first);
    std::size_t after = ff.Original(std::min<std::size_t>(8, ff.text().size()));
    std::string_view rest = TrimSpace(first.substr(after));
    if (!rest.empty() && rest[0] == ':') rest = TrimSpace(rest.substr(1));
    if (!rest.empty() && !voice_list) add(rest);
    for (std::size_t k = kinh_gui_line + 1; has_line(k); ++k) {
      std::string_view t = TrimSpace(lines[k].text);
      if (t.empty()) continue;
      if (t[0] == '-' || t[0] == '+' || t.substr(0, 3) == "•" || t.substr(0, 3) == "–") {
        add(t.substr(t[0] == '-' || t[0] == '+' ? 1 : 3));
        end_line = k;
        continue;
      }
      if (Urgency u = UrgencyOf(t); u != Urgency::kNone) {
        h.urgency = u;
        continue;
      }
      // A received stamp read into the same lines ("CÔNG VĂN ĐẾN - Sở Giáo dục và Đào tạo;",
      // "Số: 1870 - Các bệnh viện ...;", "Ngày: 16/9/2024 - ..."): the entry follows the field.
      if (std::size_t dash = t.find(" - "); dash != std::string_view::npos && dash < 40) {
        std::string sf = FoldText(t.substr(0, dash));
        bool stamp = false;
        for (std::string_view field : {"cong van den", "den", "so", "ngay", "chuyen", "luu ho so"})
          stamp = stamp || (sf.compare(0, field.size(), field) == 0 &&
                            (sf.size() == field.size() || sf[field.size()] == ' ' ||
                             sf[field.size()] == ':'));
        if (stamp) {
          add(t.substr(dash + 3));
          end_line = k;
          continue;
        }
      }
      if (entries.empty() && t.size() < 120) {
        add(t);
        end_line = k;
        continue;
      }
      if (t.size() < 40 && t.back() != '.' && t.back() != ':') continue;  // stamp or OCR noise
      break;
    }
    h.addressees = entries;
    h.body_begin = std::max(h.body_begin, std::min(lines[end_line].end + 1, text.size()));
  }
  return h;
}

}  // namespace chidao
