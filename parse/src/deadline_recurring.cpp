// Recurring, ongoing and immediate deadlines (rules and examples in deadline_parser.h):
// "Hằng ngày, chậm nhất trước 20h00", "trước ngày 25 hằng tháng", "định kỳ 6 tháng và năm",
// "trước 16h00 thứ Sáu hằng tuần", "thường xuyên", "24/24 giờ", "ngay", "khẩn trương".
// Runs on the folded text; the original bytes tell "ngay" (at once) from "ngày" (day).
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "deadline_candidates.h"
#include "text_case.h"

namespace chidao {
namespace {

using re2::StringPiece;

bool IsWord(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool Bounded(const std::string& f, std::size_t b, std::size_t e) {
  return (b == 0 || !IsWord(f[b - 1])) && (e >= f.size() || !IsWord(f[e]));
}

const RE2& RecurringPattern() {
  static const RE2 re(
      R"((?:dinh ky\s+)?(?:hang|moi)\s+(ngay|tuan|thang|quy|nam))"
      R"(|dinh ky\s+(?:hang\s+)?(?:(0?6|sau)\s+thang|(0?3|ba)\s+thang|(ngay|tuan|thang|quy|nam)))"
      R"(|(?:0?6|sau)\s+thang\s+(?:mot|1)\s+lan|(thang\s+cuoi\s+(?:moi\s+|cua\s+)?quy))");
  return re;
}

const RE2& TimePattern() {
  static const RE2 re(
      R"((?:^|[^a-z0-9/])(?:truoc|luc|vao|den|cham nhat|muon nhat)\s+(?:luc\s+)?(\d{1,2})\s*(?:h|gio)\s*(\d{2})?)");
  return re;
}

// "trước ngày 25" / "vào ngày 05" inside a monthly recurrence (not "ngày 26 tháng 11").
const RE2& DayPattern() {
  static const RE2 re(R"((?:^|[^a-z0-9])((?:truoc\s+|vao\s+)?ngay\s+(\d{1,2}))(?:$|[^0-9/.]))");
  return re;
}

const RE2& WeekdayPattern() {
  static const RE2 re(R"((?:^|[^a-z0-9])(thu\s+(hai|ba|tu|nam|sau|bay)|chu\s*nhat)(?:$|[^a-z0-9]))");
  return re;
}

// What follows an unmarked "ngay" when it is not "at once": a place, "even", "right from".
const RE2& NotAsapPattern() {
  static const RE2 re(R"(^\s+(?:tai|ca|canh|ben|sat|thang|tu|gan|truoc mat|duoi|tren)(?:$|[^a-z0-9]))");
  return re;
}


// Bounds of the clause around [b, e): not across ';', '.', newline.
std::pair<std::size_t, std::size_t> Clause(const std::string& f, std::size_t b, std::size_t e, std::size_t reach) {
  std::size_t lo = b, hi = e;
  std::size_t min_lo = b > reach ? b - reach : 0, max_hi = std::min(f.size(), e + reach);
  while (lo > min_lo && f[lo - 1] != ';' && f[lo - 1] != '.' && f[lo - 1] != '\n') --lo;
  while (hi < max_hi && f[hi] != ';' && f[hi] != '.' && f[hi] != '\n') ++hi;
  return {lo, hi};
}

// "trước ngày 25 hằng tháng", "ngày 05 hằng tháng", "(trước ngày 20)".
void DayOfMonth(const std::string& f, DeadlineCandidate& c, std::size_t lo, std::size_t hi) {
  const RE2& re = DayPattern();
  StringPiece clause(f.data() + lo, hi - lo);
  StringPiece g[3];
  std::size_t pos = 0;
  while (pos < clause.size() && re.Match(clause, pos, clause.size(), RE2::UNANCHORED, g, 3)) {
    pos = static_cast<std::size_t>(g[0].data() - clause.data()) + g[0].size();
    std::size_t after = static_cast<std::size_t>(g[1].data() - f.data()) + g[1].size();
    std::string_view rest(f.data() + after, std::min<std::size_t>(12, f.size() - after));
    if (rest.find("thang") == 1) continue;  // "ngày 26 tháng 11": a date
    int day = std::stoi(std::string(g[2]));
    if (day < 1 || day > 31) continue;
    c.d.day_of_period = day;
    std::size_t b = static_cast<std::size_t>(g[1].data() - f.data());
    if (b < c.begin && c.begin - b < 40) c.begin = b;
    return;
  }
}

// "thứ Sáu hằng tuần" → 5; "Chủ nhật" → 7.
void Weekday(const std::string& f, DeadlineCandidate& c, std::size_t lo, std::size_t hi) {
  const RE2& re = WeekdayPattern();
  StringPiece clause(f.data() + lo, hi - lo);
  StringPiece g[3];
  if (!re.Match(clause, 0, clause.size(), RE2::UNANCHORED, g, 3)) return;
  static const char* kDays[] = {"hai", "ba", "tu", "nam", "sau", "bay"};
  int day = 7;
  for (int i = 0; i < 6; ++i)
    if (g[2] == kDays[i]) day = i + 1;
  c.d.day_of_period = day;
  std::size_t b = static_cast<std::size_t>(g[1].data() - f.data());
  if (b < c.begin && c.begin - b < 40) c.begin = b;
}

// "thường xuyên" qualifies the body's act unless it names an expense or a document's use
// ("chi thường xuyên", "sử dụng thường xuyên") or the act of people being persuaded
// ("khuyến khích người dân thường xuyên ...").
bool OngoingQualifiesAct(const std::string& f, std::size_t b) {
  std::size_t from = b > 48 ? b - 48 : 0;
  std::string_view before(f.data() + from, b - from);
  auto ends_with = [&](std::string_view w) {
    return before.size() >= w.size() && before.substr(before.size() - w.size()) == w;
  };
  // "theo chức năng, nhiệm vụ thường xuyên kiểm tra ...": the formula ends before the adverb;
  // "chức năng, nhiệm vụ thường xuyên được giao" are the regular duties themselves.
  if (ends_with("chi ") || ends_with("su dung ") || ends_with("kinh phi ") ||
      (ends_with("nhiem vu ") && !ends_with("chuc nang, nhiem vu ")))
    return false;
  const std::string_view after = std::string_view(f).substr(std::min(f.size(), b + 12));
  if (after.substr(0, 10) == " duoc giao" || after.substr(0, 5) == " cua ") return false;
  // "các tuyến đường thường xuyên bị ngập", "nơi thường xuyên xảy ra sạt lở": how often a thing
  // befalls a place, not how a body acts.
  if (after.substr(0, 4) == " bi " || after.substr(0, 7) == " xay ra") return false;
  std::size_t cut = before.find_last_of(";.\n");
  std::string_view clause = cut == std::string_view::npos ? before : before.substr(cut + 1);
  for (std::string_view w : {"nguoi dan", "nhan dan", "khuyen khich", "van dong"})
    if (clause.find(w) != std::string_view::npos) return false;
  return true;
}

// Folding makes "mới" (new) and "mỗi" (each) one word, so "nông thôn mới năm 2023" read as
// "mỗi năm": the word before the unit must be "hằng"/"hàng"/"mỗi" as written (or unmarked,
// as OCR leaves it), and a unit followed by its number ("năm 2023", "tháng 12") names one
// period, not a recurrence. `unit` is the folded offset of the unit word.
bool EveryWordAt(const FoldedText& folded, std::size_t unit) {
  const std::string& f = folded.text();
  std::size_t e = unit;
  while (e > 0 && f[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && IsWord(f[b - 1])) --b;
  std::string word = LowerCase(folded.OriginalText(b, e));
  if (word != "hằng" && word != "hàng" && word != "mỗi" && word != "hang" && word != "moi")
    return false;
  std::size_t after = unit;
  while (after < f.size() && IsWord(f[after])) ++after;
  while (after < f.size() && f[after] == ' ') ++after;
  return after >= f.size() || !(f[after] >= '0' && f[after] <= '9');
}

// True when "hằng năm" at folded offset b names a planning horizon, not a recurrence: "kế
// hoạch đầu tư công trung hạn và hằng năm", or the yearly document it qualifies, "kế hoạch ..."
// or "dự toán ..." written at most eight words before it in the same clause, with no time or act
// in between ("đưa chỉ tiêu vào nghị quyết, kế hoạch phát triển kinh tế - xã hội hằng năm", "dự
// toán ngân sách hằng năm"; but "báo cáo kết quả thực hiện Kế hoạch này về Sở Y tế trước ngày
// 15/12 hằng năm" recurs).
bool NamesYearlyDocument(const std::string& f, std::size_t b) {
  if (b < 12) return false;
  std::string_view before(f.data() + (b >= 16 ? b - 16 : 0), b >= 16 ? 16 : b);
  if (before.find("han va ") != std::string_view::npos) return true;
  const std::size_t from = b >= 64 ? b - 64 : 0;
  std::string_view near(f.data() + from, b - from);
  const std::size_t cut = near.find_last_of(",;.:\n");
  if (cut != std::string_view::npos) near.remove_prefix(cut + 1);
  std::size_t at = std::string_view::npos;
  for (std::string_view noun : {"ke hoach ", "du toan "}) {
    const std::size_t p = near.rfind(noun);
    if (p != std::string_view::npos && (at == std::string_view::npos || p > at)) at = p;
  }
  if (at == std::string_view::npos) return false;
  const std::string_view between = near.substr(at);
  if (std::count(between.begin(), between.end(), ' ') > 9) return false;
  if (between.find_first_of("0123456789") != std::string_view::npos) return false;
  for (std::string_view act : {" truoc ", " ngay ", " bao cao", " ve ", " nay "})
    if (between.find(act) != std::string_view::npos) return false;
  return true;
}

}  // namespace

std::optional<std::string> FormatClockTime(const StringPiece& h, const StringPiece& m) {
  if (h.empty()) return std::nullopt;
  int hour = std::stoi(std::string(h)), minute = m.empty() ? 0 : std::stoi(std::string(m));
  if (hour > 24 || minute > 59) return std::nullopt;
  std::string out = {static_cast<char>('0' + hour / 10), static_cast<char>('0' + hour % 10), ':',
                     static_cast<char>('0' + minute / 10), static_cast<char>('0' + minute % 10)};
  return out;
}

bool RecurringPatternsOk() {
  return RecurringPattern().ok() && TimePattern().ok() && DayPattern().ok() && WeekdayPattern().ok() &&
         NotAsapPattern().ok();
}

void FindRecurringDeadlines(const FoldedText& folded, std::vector<DeadlineCandidate>* found) {
const std::string& f = folded.text();
  StringPiece input(f);
  StringPiece g[7];
  std::size_t pos = 0;
  while (pos < f.size() && RecurringPattern().Match(input, pos, f.size(), RE2::UNANCHORED, g, 7)) {
    std::size_t b = static_cast<std::size_t>(g[0].data() - f.data()), e = b + g[0].size();
    pos = e > b ? e : b + 1;
    if (!Bounded(f, b, e)) continue;
    if (!g[1].empty() && !EveryWordAt(folded, static_cast<std::size_t>(g[1].data() - f.data())))
      continue;
    std::string unit = !g[1].empty() ? std::string(g[1]) : !g[4].empty() ? std::string(g[4]) : "";
    Recurrence every = Recurrence::kNone;
    if (unit == "ngay") every = Recurrence::kDay;
    else if (unit == "tuan") every = Recurrence::kWeek;
    else if (unit == "thang") every = Recurrence::kMonth;
    else if (unit == "quy") every = Recurrence::kQuarter;
    else if (unit == "nam") every = Recurrence::kYear;
    else if (!g[3].empty() || !g[5].empty()) every = Recurrence::kQuarter;
    else every = Recurrence::kHalfYear;  // "định kỳ 6 tháng", "6 tháng một lần"
    // "kế hoạch đầu tư công trung hạn và hằng năm": a planning horizon, not a recurrence.
    if (every == Recurrence::kYear && NamesYearlyDocument(f, b)) continue;
    DeadlineCandidate c;
    c.d.kind = DeadlineKind::kRecurring;
    c.d.every = every;
    c.begin = b;
    c.end = e;
    auto [lo, hi] = Clause(f, b, e, 80);
    // A time in the same clause: "Hằng ngày, chậm nhất trước 20h00", "trước 17h00 hằng ngày".
    StringPiece clause(f.data() + lo, hi - lo);
    StringPiece tg[3];
    if (TimePattern().Match(clause, 0, clause.size(), RE2::UNANCHORED, tg, 3)) {
      if (auto t = FormatClockTime(tg[1], tg[2])) {
        c.d.time = t;
        std::size_t tb = static_cast<std::size_t>(tg[0].data() - f.data());
        std::size_t te = tb + tg[0].size();
        while (tb < te && !IsWord(f[tb])) ++tb;
        c.begin = std::min(c.begin, tb);
        c.end = std::max(c.end, te);
      }
    }
    if (every == Recurrence::kMonth) DayOfMonth(f, c, lo, hi);
    if (every == Recurrence::kWeek) Weekday(f, c, lo, hi);
    // A parenthesis right after gives the day: "Định kỳ hằng tháng (trước ngày 20)".
    std::size_t p = c.end;
    while (p < f.size() && f[p] == ' ') ++p;
    if (p < f.size() && f[p] == '(') {
      std::size_t close = f.find(')', p);
      if (close != std::string::npos && close - p < 60) c.end = close + 1;
    }
    found->push_back(std::move(c));
  }
}

void FindOngoingAndAsapDeadlines(const FoldedText& folded, const OngoingWordsAt& at,
                                 std::vector<DeadlineCandidate>* found) {
  // Literal searches: these words are short and fixed, and a find() per word is much cheaper
  // than a regular expression on the many short texts this runs on.
  const std::string& f = folded.text();
  // Built in place: moving a fresh candidate (its empty optional<string> time) into the vector
  // trips GCC 12's -Wmaybe-uninitialized at -O3.
  auto add = [&](DeadlineKind kind, std::size_t b, std::size_t e) {
    DeadlineCandidate& c = found->emplace_back();
    c.d.kind = kind;
    c.begin = b;
    c.end = e;
  };
  using Word = std::pair<std::string_view, std::size_t>;  // a word and where it first may be
  for (auto [w, first] : {Word{"thuong xuyen", at.thuong_xuyen}, Word{"lien tuc", at.lien_tuc},
                          Word{"24/24", at.slash24}, Word{"24/7", at.slash24}}) {
    if (first == OngoingWordsAt::npos) continue;
    for (std::size_t b = f.find(w, first); b != std::string::npos; b = f.find(w, b + 1)) {
      std::size_t e = b + w.size();
      if (w == "24/24") {  // "24/24 giờ", "24/24h"
        if (f.compare(e, 4, " gio") == 0) e += 4;
        else if (f.compare(e, 2, " h") == 0) e += 2;
        else if (f.compare(e, 1, "h") == 0) e += 1;
      }
      if (!Bounded(f, b, e) || (b > 0 && f[b - 1] == '/')) continue;
      if (f[b] == 't' && !OngoingQualifiesAct(f, b)) continue;
      add(DeadlineKind::kOngoing, b, e);
    }
  }
  for (auto [w, first] :
       {Word{"ngay", at.ngay}, Word{"khan truong", at.khan_truong}, Word{"lap tuc", at.lap_tuc}}) {
    if (first == OngoingWordsAt::npos) continue;
    for (std::size_t b = f.find(w, first); b != std::string::npos; b = f.find(w, b + 1)) {
      std::size_t e = b + w.size();
      if (!Bounded(f, b, e)) continue;
      if (w == "ngay") {
        // Only the unmarked "ngay" (at once); "ngày" is a day. Not a place or "even".
        if (folded.OriginalText(b, e).size() != 4) continue;
        StringPiece rest(f.data() + e, std::min<std::size_t>(16, f.size() - e));
        if (RE2::PartialMatch(rest, NotAsapPattern())) continue;
      }
      add(DeadlineKind::kAsap, b, e);
    }
  }
}

}  // namespace chidao
