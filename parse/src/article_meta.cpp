// Metadata of a web article that reports a directive (seeds 000, 003, 004), read from its
// wording: "Ngày 14/8, UBND tỉnh ban hành Kế hoạch hỏa tốc số 267/KH-UBND về triển khai ..."
//   issuer   the words before "(vừa|đã|mới) ban hành", after the sentence start, a comma or the
//            outlet's "(Baonghean) - " ("UBND tỉnh Nghệ An", "BTV Tỉnh ủy Quảng Ninh")
//   type     the type word after "ban hành" ("Công văn", "Kế hoạch", "Chỉ thị"), urgency after it
//            ("Kế hoạch hỏa tốc"), the code after "số"
//   date     "Ngày 14/8," before the issuer or "ngày 03/7/2025" after the code; a year-less date
//            takes the year of the article's dateline above it ("Thứ 3, 19/10/2021"), the year
//            before when that would put it after the article
//   subject  after "về việc" / "về" / "V/v", to the end of the sentence
// The dateline's own date is the publication date, never the date of issue.
#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "date_parser.h"
#include "document_code.h"
#include "folded_text.h"
#include "issuer_name.h"
#include "layout_lines.h"
#include "metadata_parts.h"
#include "text_case.h"

namespace chidao {
namespace {

using re2::StringPiece;

const RE2& IssuesPattern() {
  static const RE2 re(
      R"((?:^|[^a-z])((?:vua|da|moi|chinh thuc|vua chinh thuc)\s+)?(?:ky\s+)?(ban hanh|co)\s+)"
      R"((cong van|ke hoach|chi thi|quyet dinh|thong bao|cong dien|nghi quyet|ket luan|huong dan)"
      R"(|chuong trinh|phuong an|de an|quy dinh|quy che|thong tri|van ban)(?:$|[^a-z]))");
  return re;
}

const RE2& SubjectStartPattern() {
  static const RE2 re(R"((?:^|[\s,])(ve viec|v/v|ve)\s+)");
  return re;
}

const RE2& UrgencyWordPattern() {
  static const RE2 re(R"(^\s*(hoa toc|thuong khan|khan)(?:$|[^a-z]))");
  return re;
}

// "..., Ban Thường vụ Tỉnh ủy yêu cầu:", "Ủy ban nhân dân tỉnh chỉ đạo như sau:".
const RE2& VoicePattern() {
  static const RE2 re(R"(([^,.;:\n]{3,100}?)\s+(?:yeu cau|chi thi|quyet dinh|chi dao|de nghi)\s*(?::|nhu sau))");
  return re;
}

constexpr std::array<std::string_view, 18> kMarkers{
    "y kien ban doc", "y kien (", "tin lien quan", "tong so diem", "lien ket website", "gui binh luan",
    "binh luan", "doc nhieu", "tin cung chuyen muc", "tin khac", "bai viet lien quan", "cac tin khac",
    "tu khoa", "chia se", "xem them", "ban quyen", "\xc2\xa9", "tin moi"};

bool IsByline(std::string_view line) {
  std::string_view t = TrimSpace(line);
  if (t.empty() || t.size() > 32) return false;
  for (char c : t)
    if (c == '.' || c == ',' || c == ':' || c == ';' || (c >= '0' && c <= '9')) return false;
  std::size_t words = 1 + static_cast<std::size_t>(std::count(t.begin(), t.end(), ' '));
  if (words > 4) return false;
  for (std::size_t p = 0; p < t.size();) {
    std::size_t q = t.find(' ', p);
    if (q == std::string_view::npos) q = t.size();
    if (q > p && !StartsUpper(t.substr(p, q - p))) return false;
    p = q + 1;
  }
  return true;
}

std::size_t SentenceStart(const std::string& f, std::size_t pos) {
  std::size_t p = pos;
  while (p > 0) {
    char c = f[p - 1];
    if (c == '\n') break;
    if ((c == ' ') && p >= 2 && (f[p - 2] == '.' || f[p - 2] == '!' || f[p - 2] == '?')) break;
    --p;
  }
  return p;
}

std::size_t SentenceEnd(const std::string& f, std::size_t pos) {
  std::size_t p = pos;
  while (p < f.size() && f[p] != '\n') {
    if ((f[p] == '.' || f[p] == '!' || f[p] == '?') && (p + 1 == f.size() || f[p + 1] == ' ' || f[p + 1] == '\n'))
      break;
    ++p;
  }
  return p;
}

// The dates of an article's head are found once (the second scan was 3.4 of ParseArticle's 11.7
// instructions a byte): with a leap year for the year-less ones, which keeps every day they may
// have ("29/2"), then given the year each use needs. WithYear(dates, year) equals
// FindFoldedDates(folded, year): the scan itself does not depend on the year.
constexpr int kAnyLeapYear = 2000;

std::vector<FoldedDate> WithYear(const std::vector<FoldedDate>& dates, const std::optional<int>& year) {
  std::vector<FoldedDate> out;
  for (FoldedDate d : dates) {
    if (!d.match.year_given) {
      if (!year) continue;
      d.match.date.year = *year;
      if (!IsValidDate(d.match.date)) continue;
    }
    out.push_back(d);
  }
  return out;
}

// "UBND tỉnh" of an article on the province's own site ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH
// LONG" over the article) is that province's: the masthead, the first line, names the place the
// lead leaves out. Only a bare level is completed ("UBND tỉnh", "Văn phòng UBND tỉnh"), only
// with the same level, and only from a portal's name ("CỔNG THÔNG TIN ĐIỆN TỬ", "CỔNG TTĐT",
// "TRANG TIN ĐIỆN TỬ" + level and place) or a provincial broadcaster's ("BÁO VÀ PHÁT THANH,
// TRUYỀN HÌNH BẮC NINH", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ...": only provinces have them; a
// "BÁO ..." may be national, "Báo Nhân Dân").
std::string WithMastheadPlace(const std::string& issuer, std::string_view head) {
  const std::string fi = FoldText(issuer);
  std::string_view level;
  for (std::string_view l : {" tinh", " thanh pho"})
    if (fi.size() > l.size() && fi.compare(fi.size() - l.size(), l.size(), l) == 0) level = l;
  // The committee ("UBND tỉnh", "HĐND tỉnh") or one of its bodies ("Văn phòng UBND tỉnh").
  if (level.empty() || fi.size() < 4 + level.size()) return issuer;
  const std::size_t committee = fi.size() - level.size() - 4;
  if ((fi.compare(committee, 4, "ubnd") != 0 && fi.compare(committee, 4, "hdnd") != 0) ||
      (committee > 0 && fi[committee - 1] != ' '))
    return issuer;
  std::size_t b = head.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return issuer;
  std::size_t e = head.find('\n', b);
  std::string_view masthead = head.substr(b, std::min(e, head.size()) - b);
  if (masthead.size() > 120) return issuer;
  FoldedText fm(masthead);
  const std::string& fmt = fm.text();
  std::string tail;  // the level and place, as the masthead writes them
  // A portal's name, not a section header or a headline that happens to end in a province
  // ("THỜI SỰ TỈNH NHÀ", "... TẠI TỈNH QUẢNG TRỊ").
  bool portal = false;
  for (std::string_view p : {"cong thong tin", "trang thong tin", "cttdt", "cong ttdt", "trang tin dien tu"})
    portal = portal || fmt.rfind(p, 0) == 0;
  if (portal) {
    const std::string needle = " " + std::string(level.substr(1)) + " ";
    std::size_t at = fmt.find(needle);
    if (at == std::string::npos) return issuer;
    tail = CollapseSpace(fm.OriginalText(at + 1, fmt.size()));
  } else {
    std::size_t name = 0;
    for (std::string_view p : {"bao va phat thanh, truyen hinh ", "dai phat thanh va truyen hinh ",
                               "dai phat thanh - truyen hinh "})
      if (fmt.rfind(p, 0) == 0) name = p.size();
    if (name == 0) return issuer;
    tail = CollapseSpace(fm.OriginalText(name, fmt.size()));
    if (tail.empty()) return issuer;
    if (!IsLevelPlaceLine(tail)) tail = UpperCase(level == " tinh" ? "tỉnh" : "thành phố") + " " + tail;
  }
  if (!IsAllCaps(tail) || !IsLevelPlaceLine(tail) || std::count(tail.begin(), tail.end(), ' ') > 4)
    return issuer;
  // The issuer without its level word(s), then the masthead's level and place, in its case.
  std::string prefix = issuer;
  for (int words = level == " tinh" ? 1 : 2; words > 0; --words) prefix.erase(prefix.rfind(' '));
  if (prefix == "UBND" || prefix == "HĐND") return CanonicalIssuer(prefix + " " + tail);
  std::size_t cut = tail.find(' ');
  if (level != " tinh") cut = tail.find(' ', cut + 1);
  return prefix + " " + LowerCase(tail.substr(0, cut)) + " " + CapitalizeWords(tail.substr(cut + 1));
}

}  // namespace

bool ArticlePatternsOk() { return IssuesPattern().ok() && SubjectStartPattern().ok() && UrgencyWordPattern().ok() &&
         VoicePattern().ok(); }

ArticleInfo ParseArticle(std::string_view text) {
  ArticleInfo a;
  std::string_view head = text.substr(0, std::min<std::size_t>(text.size(), 16000));
  FoldedText folded(head);
  const std::string& f = folded.text();
  StringPiece in(f);
  StringPiece g[4];
  std::size_t pos = 0;
  while (pos < f.size() && IssuesPattern().Match(in, pos, f.size(), RE2::UNANCHORED, g, 4)) {
    std::size_t verb = static_cast<std::size_t>((g[1].empty() ? g[2] : g[1]).data() - f.data());
    // "Chủ tịch UBND tỉnh Cà Mau ký ban hành Chỉ thị ...": the signing is the verb too.
    if (g[1].empty() && verb >= 4 && f.compare(verb - 4, 4, " ky ") == 0) verb -= 3;
    std::size_t type_end = static_cast<std::size_t>(g[3].data() - f.data()) + g[3].size();
    pos = type_end;
    std::size_t start = SentenceStart(f, verb);
    // The issuer: after the last comma, dash or parenthesis between the sentence start and the verb.
    std::size_t ib = start;
    for (std::size_t p = start; p < verb; ++p)
      if (f[p] == ',' || f[p] == ')' || (f[p] == '-' && p > 0 && f[p - 1] == ' ')) ib = p + 1;
    std::string issuer = CollapseSpace(folded.OriginalText(ib, verb));
    // "Chủ tịch UBND tỉnh Quảng Bình đã ký ban hành Công điện ...": the head of a body issues
    // in its name.
    const std::string issuer_fold = FoldText(issuer);
    const bool head_of = issuer_fold.compare(0, 9, "chu tich ") == 0 ||
                         issuer_fold.compare(0, 9, "giam doc ") == 0 ||
                         issuer_fold.compare(0, 10, "thu tuong ") == 0 ||
                         issuer_fold.compare(0, 9, "bo truong") == 0;
    if (issuer.empty() || issuer.size() > 120 || !(LooksLikeIssuerLine(issuer) || head_of)) continue;
    if (g[2] == "co" && f.compare(type_end, 4, " so ") != 0) continue;  // "có kế hoạch" is not an issue
    a.found = true;
    a.issuer = WithMastheadPlace(CanonicalIssuer(issuer), head.substr(0, folded.Original(start)));
    std::string type(g[3]);
    std::size_t end = SentenceEnd(f, type_end);
    // Publication date: the last dated line above the sentence among the article's first lines.
    const std::vector<FoldedDate> dates = FindFoldedDates(folded, kAnyLeapYear);
    std::optional<Date> published;
    for (const FoldedDate& d : WithYear(dates, std::nullopt)) {
      if (d.folded_begin >= start) break;
      published = d.match.date;
    }
    std::optional<int> year = published ? std::optional<int>(published->year) : std::nullopt;
    StringPiece rest(f.data() + type_end, end - type_end);
    std::string urgency;
    if (RE2::PartialMatch(rest, UrgencyWordPattern(), &urgency)) {
      a.urgency = urgency == "hoa toc" ? Urgency::kHoaToc : urgency == "khan" ? Urgency::kKhan : Urgency::kThuongKhan;
    }
    std::size_t ob = folded.Original(type_end), oe = folded.Original(end);
    std::size_t subject_from = type_end;
    for (const CodeMatch& m : FindDocumentCodes(text.substr(ob, oe - ob))) {
      if (m.begin > 60) break;
      a.code = m.code;
      // Continue after the code (in folded offsets): find the folded position of its end.
      std::size_t target = ob + m.end;
      while (subject_from < end && folded.Original(subject_from) < target) ++subject_from;
      break;
    }
    // Date: "Ngày 14/8," before the issuer, or "ngày ..." right after the type / code.
    for (const FoldedDate& d : WithYear(dates, year)) {
      if (d.folded_begin < start) continue;
      if (d.folded_begin >= end) break;
      bool before_issuer = d.folded_end <= ib;
      bool after_code = d.folded_begin >= subject_from && d.folded_begin <= subject_from + 12;
      if (!before_issuer && !after_code) continue;
      Date date = d.match.date;
      if (!d.match.year_given && published && *published < date) --date.year;
      a.date = date;
      if (after_code) subject_from = d.folded_end;
      break;
    }
    StringPiece tail(f.data() + subject_from, end - subject_from);
    StringPiece sg[2];
    // "Thông báo số 112/TB-VP ngày 12/5/2026 kết luận của Phó Chủ tịch ... tại cuộc họp về ...":
    // a Thông báo kết luận's trích yếu is the conclusion itself, "về" comes inside it.
    std::size_t conclusion = subject_from;
    while (conclusion < end && f[conclusion] == ' ') ++conclusion;
    if (type == "thong bao" && f.compare(conclusion, 12, "ket luan cua") == 0) {
      std::string subject = CollapseSpace(folded.OriginalText(conclusion, end));
      if (!subject.empty()) a.subject = subject;
    } else if (SubjectStartPattern().Match(tail, 0, tail.size(), RE2::UNANCHORED, sg, 2)) {
      std::size_t sb = static_cast<std::size_t>(sg[0].data() - f.data()) + sg[0].size();
      std::string subject = CollapseSpace(folded.OriginalText(sb, end));
      if (!subject.empty()) a.subject = subject;
    }
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kNames{{
        {"cong van", "Công văn"}, {"ke hoach", "Kế hoạch"}, {"chi thi", "Chỉ thị"},
        {"quyet dinh", "Quyết định"}, {"thong bao", "Thông báo"}, {"cong dien", "Công điện"},
        {"nghi quyet", "Nghị quyết"}, {"ket luan", "Kết luận"}, {"huong dan", "Hướng dẫn"},
        {"chuong trinh", "Chương trình"}, {"phuong an", "Phương án"}, {"de an", "Đề án"},
        {"quy dinh", "Quy định"}, {"quy che", "Quy chế"}, {"thong tri", "Thông tri"},
        {"van ban", ""}, {"", ""}}};
    for (auto [k, v] : kNames)
      if (k == type && !v.empty()) a.type = std::string(v);
    if (!a.type && a.code) a.type = TypeNameFor(*a.code);
    std::size_t line_end = f.find('\n', verb);
    a.sentence_line_end = folded.Original(line_end == std::string::npos ? f.size() : line_end);
    break;
  }
  return a;
}

std::size_t ArticleDatelineEnd(std::string_view text) {
  std::vector<TextLine> lines = SplitLines(text, 0, std::min<std::size_t>(text.size(), 4000), 12);
  std::size_t out = 0;
  for (const TextLine& l : lines) {
    if (l.text.size() > 100) continue;
    for (const DateMatch& d : FindDates(l.text, std::nullopt))
      if (d.year_given) out = std::min(l.end + 1, text.size());
  }
  return out;
}

std::size_t ArticleBodyEnd(std::string_view text, std::size_t from, std::size_t to) {
  std::vector<TextLine> lines = SplitLines(text, from, to);
  std::size_t marker = lines.size();
  for (std::size_t k = 0; k < lines.size() && marker == lines.size(); ++k) {
    std::string_view t = TrimSpace(lines[k].text);
    if (t.empty() || t.size() > 200) continue;
    std::string lf = FoldText(t.substr(0, std::min<std::size_t>(t.size(), 40)));
    for (std::string_view m : kMarkers)
      if (lf.compare(0, m.size(), m) == 0) marker = k;
  }
  std::size_t end = marker < lines.size() ? lines[marker].begin : to;
  // The byline just before: "Gia Phúc", "PV", "Mỹ Hà".
  int bylines = 0;
  for (std::size_t k = marker; k > 0 && bylines < 3;) {
    --k;
    if (IsSeparator(lines[k].text) || TrimSpace(lines[k].text).empty() ||
        TrimSpace(lines[k].text) == "\xc2\xa0")
      continue;
    if (!IsByline(lines[k].text)) break;
    end = lines[k].begin;
    ++bylines;
  }
  return end;
}

std::optional<std::string> IssuerFromVoice(std::string_view text, std::size_t from, std::size_t to) {
  const RE2& re = VoicePattern();
  to = std::min({to, text.size(), from + 8000});
  if (from >= to) return std::nullopt;
  FoldedText folded(text.substr(from, to - from));
  const std::string& f = folded.text();
  StringPiece in(f);
  StringPiece g[2];
  std::size_t pos = 0;
  while (pos < f.size() && re.Match(in, pos, f.size(), RE2::UNANCHORED, g, 2)) {
    std::size_t b = static_cast<std::size_t>(g[1].data() - f.data());
    pos = b + g[1].size() + 1;
    std::string phrase = CollapseSpace(folded.OriginalText(b, b + g[1].size()));
    if (LooksLikeIssuerLine(phrase) || FoldText(phrase).compare(0, 8, "chu tich") == 0)
      return CanonicalIssuer(phrase);
  }
  return std::nullopt;
}

}  // namespace chidao
