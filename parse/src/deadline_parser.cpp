// Deadline resolution (rules and examples in deadline_parser.h). Everything runs on the folded
// text ("Hằng ngày" → "hang ngay") so lost OCR marks do not matter; where folding merges words
// that mean different things ("ngay" = at once, "ngày" = day) the original bytes decide.
//
// A date or a period is a deadline only after a word that makes it one ("trước", "chậm nhất",
// "trong", "hoàn thành", "từ", "đến hết"...): "Nghị quyết số 128/NQ-CP ngày 11/10/2021" and "các
// xã phấn đấu đạt chuẩn năm 2023" name dates that are not deadlines.
#include "deadline_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "date_parser.h"
#include "deadline_candidates.h"
#include "document_type.h"
#include "folded_text.h"
#include "text_case.h"

namespace chidao {
namespace {

using re2::StringPiece;

enum class Trigger { kNone, kBefore, kWithin, kFrom };

// A trigger word (group 1) ending right before a date or period, with an optional time between
// ("trước 16 giờ 00 ngày 18/9/2024": groups 2-3).
#define CHIDAO_TRIGGER_WORDS                                                                      \
  R"((?:^|[^a-z0-9])((?:hoan thanh|xong|thuc hien xong)\s+(?:truoc|trong|vao)|hoan thanh|xong)"     \
  R"(|truoc|cham nhat(?:\s+(?:la|vao|truoc|trong))?|muon nhat(?:\s+(?:la|vao))?|han chot(?:\s+la)?)" \
  R"(|khong qua|khong muon hon|den het|den|het|trong(?:\s+(?:thoi gian|vong|khoang))?|vao|cuoi)"   \
  R"(|ke tu|bat dau tu|tu)\s+(?:(?:luc\s+)?(\d{1,2})\s*(?:h|gio)\s*(\d{1,2})?(?:\s*phut)?\s*,?\s*)?)"
const RE2& TriggerPattern() {
  static const RE2 re(CHIDAO_TRIGGER_WORDS R"((?:(?:ngay|dem|sang|chieu|toi|trua)\s+)?$)");
  return re;
}

// The same, with the day named by its event between "ngày" and the date ("trước ngày khai giảng
// 05/9/2024", "trước ngày bầu cử 15/3/2026"): asked only when TriggerPattern finds nothing, so
// that "từ ngày ký đến ngày 31/12" keeps its nearer trigger "đến".
const RE2& EventDayTriggerPattern() {
  static const RE2 re(CHIDAO_TRIGGER_WORDS R"(ngay(?:\s+[a-z]+){1,3}\s+$)");
  return re;
}
#undef CHIDAO_TRIGGER_WORDS

const RE2& PeriodPattern() {
  static const RE2 re(
      R"((\d{1,2}|sau|chin|ba)\s+thang\s+(dau|cuoi)\s+nam(?:\s+(\d{4}))?)"
      R"(|thang\s+(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+nam\s+(\d{4}))?)"
      R"(|quy\s+(iv|iii|ii|i|[1-4])(?:\s*[/-]\s*(\d{4})|\s+nam\s+(\d{4}))?)"
      R"(|nam\s+(\d{4}|nay))");
  return re;
}

// "đến (hết) (ngày)" joining the two ends of "từ ... đến ...".
const RE2& UntilPattern() {
  static const RE2 re(R"(^\s*,?\s*(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?)");
  return re;
}

const RE2& RelativePattern() {
  static const RE2 re(
      R"(trong\s+(?:(thoi han|vong|thoi gian)\s+)?(\d{1,3})\s+(ngay|tuan|thang)(\s+lam viec)?)"
      R"((\s*(?:\([^)]{0,60}\))?\s*,?\s*(?:ke\s+)?tu\s+)?)");
  return re;
}

// Table cells that are only a year ("2024", "Năm 2024") or only a date ("30/9/2024").
const RE2& BareYearPattern() {
  static const RE2 re(R"(^(?:nam\s+)?(\d{4})\.?$)");
  return re;
}
// A deadline cell that is a range of years ("2026 - 2027", "Giai đoạn 2026-2030"): the work
// runs to the end of the last year.
const RE2& BareYearRangePattern() {
  static const RE2 re(R"(^(?:(?:nam|giai doan)\s+)?\d{4}\s*-\s*(\d{4})\.?$)");
  return re;
}
const RE2& BareDatePattern() {
  static const RE2 re(R"(^(ngay\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\.?$)");
  return re;
}

// An ASCII letter or digit: part of a word for Bounded() and the keyword scan. Folded text is
// ASCII but for letters kept as written (Greek, CJK), whose bytes are >= 0x80 and never part of
// a word here, as std::isalnum in the "C" locale, which chidao never changes, would also say.
bool IsAlnum(char c) {
  const auto u = static_cast<unsigned char>(c);
  return static_cast<unsigned char>((u | 0x20) - 'a') < 26 || static_cast<unsigned char>(u - '0') < 10;
}

// RE2's \s: [\t\n\f\r ].
bool IsRegexSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool Bounded(const std::string& f, std::size_t b, std::size_t e) {
  return (b == 0 || !IsAlnum(f[b - 1])) && (e >= f.size() || !IsAlnum(f[e]));
}

// The start of a relative limit, after "kể từ" (folded): the document's own day, read from the
// object of "ngày" ("ngày ký", "ngày ban hành Thông báo này", "ngày nhận được Công văn", "ngày
// Kế hoạch được ban hành", "ngày Chỉ thị có hiệu lực"), or an event of each case ("ngày nhận đủ
// hồ sơ hợp lệ", "ngày ký hợp đồng", "ngày nhận được văn bản đề nghị của nhà đầu tư", "khi có
// kết luận"), which gives no date to track.
bool FromDocument(std::string_view clause) {
  auto eat = [&clause](std::string_view w) {
    if (clause.substr(0, w.size()) != w || (clause.size() > w.size() && clause[w.size()] != ' '))
      return false;
    clause.remove_prefix(std::min(clause.size(), w.size() + 1));
    return true;
  };
  // What befalls a paper: "ký", "ký và ban hành", "được ký ban hành", "phát hành", "nhận (được)",
  // "có hiệu lực (thi hành)"; read as a run of such words.
  auto eat_acts = [&eat] {
    bool any = false;
    for (bool more = true; more;) {
      more = false;
      for (std::string_view act : {"ky", "ki", "ban hanh", "phat hanh", "nhan duoc", "nhan", "co hieu luc",
                                   "thi hanh", "duoc", "va"})
        if (eat(act)) {
          any = more = true;
          break;
        }
    }
    return any;
  };
  if (clause == "hom nay" || clause == "nay") return true;  // "kể từ (hôm) nay"
  eat("ngay");
  const bool acted = eat_acts();
  if (clause.empty()) return acted;  // "kể từ ngày ký", "kể từ ngày nhận"
  bool document = eat("van ban");
  for (std::size_t t = 0; !document && t < parse_internal::kDocumentTypeNames.size(); ++t)
    document = eat(parse_internal::kDocumentTypeNames[t].fold);
  if (!document) return false;
  if (clause.empty() || eat("nay")) return true;  // "... Công văn này đề nghị ...": this one
  // "... Thông báo kết luận này": the type's own words before "này".
  for (std::size_t p = clause.find("nay"); p != std::string_view::npos; p = clause.find("nay", p + 1))
    if (p > 0 && clause[p - 1] == ' ' && (p + 3 == clause.size() || clause[p + 3] == ' ')) return true;
  eat_acts();  // "ngày Kế hoạch được ban hành", "ngày Chỉ thị có hiệu lực thi hành"
  return clause.empty();
}

int Rank(DeadlineKind k) {
  switch (k) {
    case DeadlineKind::kDate: return 0;
    case DeadlineKind::kPeriod: return 1;
    case DeadlineKind::kRecurring: return 2;
    case DeadlineKind::kStart: return 3;
    case DeadlineKind::kAsap: return 4;
    case DeadlineKind::kOngoing: return 5;
  }
  return 6;
}

// The keywords that gate each family of deadline patterns, as substrings of the folded text.
struct Keywords {
  bool digit = false, thang = false, quy = false, nam_nay = false, trong = false, hang = false,
       moi = false, dinh_ky = false, lan = false;
  std::size_t last_digit = 0;  // the last digit that starts a word (valid when `digit`)
  OngoingWordsAt ongoing;  // where each word first occurs
};

// `w` at f[i], compared with a length known at compile time, so that the comparison is a few
// loads inline instead of a call to memcmp for each candidate byte.
template <std::size_t N>
bool At(std::string_view f, std::size_t i, const char (&w)[N]) {
  return f.size() - i >= N - 1 && std::memcmp(f.data() + i, w, N - 1) == 0;
}

// One pass over the words, dispatching on each word's first letter to the keywords that start
// with it (a find() per keyword read the text fifteen times, and a test at every byte
// mispredicted a branch at most of them). Only word starts are tried: every pattern a flag
// gates keeps only matches bounded on the left (Bounded(), the date glue test, the ongoing
// and asap searches), so a keyword inside a word never opens a family that would find
// something; and every date ends in a group of digits that starts a word. The recurring
// family's "tháng cuối (mỗi) quý" used to be let in by the "hang" inside "thang": it has its
// own test, as "(6 tháng) một lần" has "lần" (both across any white space, as RE2's \s).
Keywords ScanKeywords(std::string_view f) {
  Keywords k;
  const std::size_t n = f.size();
  for (std::size_t i = 0; i < n;) {
    if (!IsAlnum(f[i])) {
      ++i;
      continue;
    }
    switch (f[i]) {
      case '0': case '1': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        k.digit = true;
        k.last_digit = i;
        break;
      case '2':
        k.digit = true;
        k.last_digit = i;
        if (k.ongoing.slash24 == OngoingWordsAt::npos && At(f, i, "24/")) k.ongoing.slash24 = i;
        break;
      case 't':
        if (At(f, i, "thang")) {
          k.thang = true;
          std::size_t p = i + 5;
          while (p < n && IsRegexSpace(f[p])) ++p;
          k.hang = k.hang || (p > i + 5 && At(f, p, "cuoi"));
        }
        k.trong = k.trong || At(f, i, "trong");
        if (k.ongoing.thuong_xuyen == OngoingWordsAt::npos && At(f, i, "thuong xuyen"))
          k.ongoing.thuong_xuyen = i;
        break;
      case 'q': k.quy = k.quy || At(f, i, "quy"); break;
      case 'n':
        k.nam_nay = k.nam_nay || At(f, i, "nam nay");
        if (k.ongoing.ngay == OngoingWordsAt::npos && At(f, i, "ngay")) k.ongoing.ngay = i;
        break;
      case 'h': k.hang = k.hang || At(f, i, "hang"); break;
      case 'm': k.moi = k.moi || At(f, i, "moi"); break;
      case 'd': k.dinh_ky = k.dinh_ky || At(f, i, "dinh ky"); break;
      case 'l':
        k.lan = k.lan || (i > 0 && IsRegexSpace(f[i - 1]) && At(f, i, "lan"));
        if (k.ongoing.lien_tuc == OngoingWordsAt::npos && At(f, i, "lien tuc")) k.ongoing.lien_tuc = i;
        if (k.ongoing.lap_tuc == OngoingWordsAt::npos && At(f, i, "lap tuc")) k.ongoing.lap_tuc = i;
        break;
      case 'k':
        if (k.ongoing.khan_truong == OngoingWordsAt::npos && At(f, i, "khan truong"))
          k.ongoing.khan_truong = i;
        break;
      default: break;
    }
    for (++i; i < n && IsAlnum(f[i]);) ++i;
  }
  return k;
}

struct TriggerMatch {
  Trigger kind = Trigger::kNone;
  std::size_t begin = 0;
  std::optional<std::string> time;
  std::string word;
};

TriggerMatch TriggerBefore(const std::string& f, std::size_t pos) {
  TriggerMatch t;
  std::size_t from = pos > 80 ? pos - 80 : 0;
  StringPiece prefix(f.data() + from, pos - from);
  StringPiece g[4];
  if (!TriggerPattern().Match(prefix, 0, prefix.size(), RE2::UNANCHORED, g, 4) &&
      !EventDayTriggerPattern().Match(prefix, 0, prefix.size(), RE2::UNANCHORED, g, 4))
    return t;
  t.word = std::string(g[1]);
  t.begin = static_cast<std::size_t>(g[1].data() - f.data());
  t.time = FormatClockTime(g[2], g[3]);
  const std::string& w = t.word;
  if (w == "tu" || w == "ke tu" || w == "bat dau tu") {
    t.kind = Trigger::kFrom;
  } else if (w.find("truoc") != std::string::npos) {
    t.kind = Trigger::kBefore;
  } else {
    t.kind = Trigger::kWithin;
  }
  return t;
}

// Year-less dates: the document's year, or the next one when that is over a month earlier.
Date Rollover(Date d, const std::optional<Date>& doc) {
  if (doc && AddDays(d, 31) < *doc) {
    Date next = d;
    ++next.year;
    if (next.day > LastDayOfMonth(next.year, next.month).day) next.day = LastDayOfMonth(next.year, next.month).day;
    return next;
  }
  return d;
}

struct Period {
  Date first, last;
  std::size_t begin = 0, end = 0;  // folded
  bool is_year = false;
};

class DeadlineFinder {
 public:
  DeadlineFinder(std::string_view text, const std::optional<Date>& doc) : folded_(text), f_(folded_.text()), doc_(doc) {}

  std::optional<Deadline> Run() {
    // Each family is looked for only when its keyword occurs: most task texts have no deadline,
    // and one pass over the text for all keywords is far cheaper than a regular-expression scan.
    const Keywords k = ScanKeywords(f_);
    if (k.digit || k.thang || k.quy || k.nam_nay) FindDatesAndPeriods(k);
    if (k.digit && k.trong) FindRelative();
    if (k.hang || k.moi || k.dinh_ky || k.lan) FindRecurringDeadlines(folded_, &found_);
    if (k.ongoing.Any()) FindOngoingAndAsapDeadlines(folded_, k.ongoing, &found_);
    const DeadlineCandidate* best = nullptr;
    for (const DeadlineCandidate& c : found_) {
      if (!best || Rank(c.d.kind) < Rank(best->d.kind) ||
          (Rank(c.d.kind) == Rank(best->d.kind) && c.begin < best->begin))
        best = &c;
    }
    if (!best) return std::nullopt;
    Deadline d = best->d;
    d.text = CollapseSpace(folded_.OriginalText(best->begin, best->end));
    return d;
  }

 private:
  void Add(DeadlineKind kind, std::size_t b, std::size_t e, std::optional<Date> date = std::nullopt,
           std::optional<std::string> time = std::nullopt) {
    DeadlineCandidate c;
    c.d.kind = kind;
    c.d.date = date;
    c.d.time = std::move(time);
    c.begin = b;
    c.end = e;
    found_.push_back(std::move(c));
  }

  // The folded text before `pos` ends with the words `w` (a word starts where `w` starts).
  bool EndsAt(std::size_t pos, std::string_view w) const {
    return pos >= w.size() && f_.compare(pos - w.size(), w.size(), w) == 0 &&
           (pos == w.size() || !IsAlnum(f_[pos - w.size() - 1]));
  }

  std::optional<int> DocYear() const { return doc_ ? std::optional<int>(doc_->year) : std::nullopt; }

  // "Định kỳ hằng năm, trước ngày 20 tháng 5, báo cáo ...", "trước ngày 15/01 hằng năm": a
  // year-less date in a yearly recurrence is the day it falls due each year, not one date. The
  // recurrence must follow the date or open its clause: in "lồng ghép với hội nghị tổng kết hằng
  // năm, hoàn thành trước ngày 30/11" it qualifies another noun, and the date is one date.
  // Clauses end at ';', '.' or a line break.
  static bool EndsClause(char c) { return c == ';' || c == '.' || c == '\n'; }

  // The start of the clause holding `pos`, looking back at most `reach` bytes (at the reach's
  // limit when the clause starts further back: callers tell by the byte before it).
  std::size_t ClauseStart(std::size_t pos, std::size_t reach) const {
    std::size_t lo = pos;
    while (lo > 0 && pos - lo < reach && !EndsClause(f_[lo - 1])) --lo;
    return lo;
  }

  bool InYearlyClause(std::size_t b, std::size_t e) const {
    auto yearly_at = [&](std::size_t p) {
      for (std::string_view every : {"hang nam", "moi nam"})  // not "tháng năm"
        if (f_.compare(p, every.size(), every) == 0 && Bounded(f_, p, p + every.size())) return true;
      return false;
    };
    std::size_t after = e;
    while (after < f_.size() && (f_[after] == ' ' || f_[after] == ',')) ++after;
    if (yearly_at(after)) return true;
    // The clause's start: after ';', '.' or a line break within 40 bytes, or the text's start.
    std::size_t lo = ClauseStart(b, 40);
    if (lo > 0 && !EndsClause(f_[lo - 1])) return false;
    while (lo < b && (f_[lo] == ' ' || f_[lo] == '-' || f_[lo] == '+' || f_[lo] == '(')) ++lo;
    if (f_.compare(lo, 8, "dinh ky ") == 0) lo += 8;
    return yearly_at(lo);
  }


  // "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)": a year-less date in
  // parentheses right after a recurrence is the day it falls due in each period, not one date.
  bool InRecurrenceNote(std::size_t b) const {
    std::size_t p = b;
    while (p > 0 && f_[p - 1] == ' ') --p;
    if (p == 0 || f_[p - 1] != '(') return false;
    --p;
    while (p > 0 && f_[p - 1] == ' ') --p;
    for (std::string_view every : {"hang nam", "moi nam", "hang quy", "moi quy", "hang thang",
                                   "moi thang", "hang tuan", "moi tuan"})
      if (EndsAt(p, every)) return true;
    // A bare period ("6 tháng", "năm", "quý") is a recurrence's only in a clause that recurs:
    // "định kỳ hằng quý, 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)", "báo cáo 6 tháng
    // (trước ngày 15/6) và hằng năm"; "sơ kết 6 tháng (trước ngày 15/6)" is one review on one day.
    for (std::string_view period : {"6 thang", "06 thang", "sau thang", "nam", "quy", "thang"})
      if (EndsAt(p, period)) {
        // The clause around it, back to its start and on to its end.
        const std::size_t lo = ClauseStart(p, 80);
        std::size_t hi = b;
        while (hi < f_.size() && hi - b < 80 && !EndsClause(f_[hi])) ++hi;
        const std::string_view clause = std::string_view(f_).substr(lo, hi - lo);
        for (std::string_view every : {"dinh ky", "hang nam", "hang quy", "hang thang", "moi nam", "moi quy"})
          for (std::size_t q = clause.find(every); q != std::string_view::npos; q = clause.find(every, q + 1))
            if (q == 0 || !IsAlnum(clause[q - 1])) return true;  // not the "hang" of "thang"
        return false;
      }
    return false;
  }

  // Length of "đến (hết) (ngày)" at `pos`, or 0.
  std::size_t UntilAt(std::size_t pos) const {
    StringPiece rest(f_.data() + pos, std::min<std::size_t>(f_.size() - pos, 40));
    StringPiece m;
    if (!UntilPattern().Match(rest, 0, rest.size(), RE2::ANCHOR_START, &m, 1)) return 0;
    return m.size();
  }

  // Every form of a date has digits, so without any the date pattern is not run over the text
  // (the periods are still looked for), and with some it is run only where a date can be.
  void FindDatesAndPeriods(const Keywords& k) {
    std::vector<FoldedDate> dates;
    if (k.digit) {
      auto [from, to] = DateRange(k.last_digit);
      dates = FindFoldedDates(folded_, DocYear(), from, to);
    }
    for (FoldedDate& d : dates) {
      if (!d.match.year_given) d.match.date = Rollover(d.match.date, doc_);
    }
    std::vector<Period> periods = FindPeriods(dates);
    std::vector<bool> used(dates.size(), false), pused(periods.size(), false);
    for (std::size_t i = 0; i < dates.size(); ++i) {
      if (used[i]) continue;
      const FoldedDate& d = dates[i];
      TriggerMatch t = TriggerBefore(f_, d.folded_begin);
      if (t.kind == Trigger::kNone) continue;
      if (!d.match.year_given && (InYearlyClause(t.begin, d.folded_end) || InRecurrenceNote(t.begin)))
        continue;
      if (t.kind == Trigger::kFrom) {
        std::size_t until = UntilAt(d.folded_end);
        if (until && i + 1 < dates.size() && dates[i + 1].folded_begin <= d.folded_end + until) {
          used[i + 1] = true;
          Add(DeadlineKind::kPeriod, t.begin, dates[i + 1].folded_end, dates[i + 1].match.date);
          continue;
        }
        Add(DeadlineKind::kStart, t.begin, d.folded_end, d.match.date, t.time);
        continue;
      }
      Add(DeadlineKind::kDate, t.begin, d.folded_end, d.match.date, t.time);
    }
    for (std::size_t i = 0; i < periods.size(); ++i) {
      if (pused[i]) continue;
      const Period& p = periods[i];
      TriggerMatch t = TriggerBefore(f_, p.begin);
      if (t.kind == Trigger::kNone) continue;
      // "đến năm 2025, định hướng đến năm 2030" names a programme's horizon, not a deadline;
      // "những tháng cuối năm 2024" names the months a plan covers ("trong tháng cuối năm 2024"
      // is a deadline).
      if (p.is_year && t.word == "den") continue;
      if (t.word == "cuoi" && (EndsAt(t.begin, "nhung thang ") || EndsAt(t.begin, "cac thang ")))
        continue;
      if (t.kind == Trigger::kFrom) {
        std::size_t until = UntilAt(p.end);
        if (until && i + 1 < periods.size() && periods[i + 1].begin <= p.end + until) {
          pused[i + 1] = true;
          Add(DeadlineKind::kPeriod, t.begin, periods[i + 1].end, periods[i + 1].last);
          continue;
        }
        Add(DeadlineKind::kStart, t.begin, p.end, p.first);
      } else if (t.kind == Trigger::kBefore) {
        Add(DeadlineKind::kDate, t.begin, p.end, AddDays(p.first, -1));
      } else {
        Add(DeadlineKind::kPeriod, t.begin, p.end, p.last);
      }
    }
  }

  // Where the date pattern can match: every match begins at most a five-letter word ("truoc",
  // "chieu") and white space before its first digit, so none starts before that (the first
  // digit anywhere, since a match the glue test refuses still moves the scan on); and every
  // match ends in a group of at most four digits that starts a word, so none starts after the
  // last digit that starts a word, nor ends more than four bytes past it. Scanning only there
  // finds the same matches as scanning the whole text.
  std::pair<std::size_t, std::size_t> DateRange(std::size_t last_word_digit) const {
    std::size_t first = 0;
    while (first < f_.size() && static_cast<unsigned char>(f_[first] - '0') >= 10) ++first;
    std::size_t from = first;
    while (from > 0 && IsRegexSpace(f_[from - 1])) --from;
    from = from > 5 ? from - 5 : 0;
    return {from, last_word_digit + 1};
  }

  std::vector<Period> FindPeriods(const std::vector<FoldedDate>& dates) const {
    std::vector<Period> out;
    StringPiece input(f_);
    StringPiece g[11];
    std::size_t pos = 0, di = 0;
    while (pos < f_.size() && PeriodPattern().Match(input, pos, f_.size(), RE2::UNANCHORED, g, 11)) {
      std::size_t b = static_cast<std::size_t>(g[0].data() - f_.data()), e = b + g[0].size();
      pos = e > b ? e : b + 1;
      if (!Bounded(f_, b, e)) continue;
      if (e < f_.size() && f_[e] == '/' && e + 1 < f_.size() && IsAlnum(f_[e + 1])) continue;
      while (di < dates.size() && dates[di].folded_end <= b) ++di;
      if (di < dates.size() && dates[di].folded_begin < e) continue;  // inside a full date
      auto year_of = [&](const StringPiece& a, const StringPiece& c) -> std::optional<int> {
        if (!a.empty()) return std::stoi(std::string(a));
        if (!c.empty()) return std::stoi(std::string(c));
        return std::nullopt;
      };
      Period p;
      p.begin = b;
      p.end = e;
      std::optional<int> year;
      int m1 = 0, m2 = 0;  // first and last month
      if (!g[1].empty()) {
        std::string n(g[1]);
        int months = n == "sau" ? 6 : n == "chin" ? 9 : n == "ba" ? 3 : std::stoi(n);
        if (months < 1 || months > 12) continue;
        year = year_of(g[3], StringPiece());
        bool first_part = g[2] == "dau";
        m1 = first_part ? 1 : 13 - months;
        m2 = first_part ? months : 12;
      } else if (!g[4].empty()) {
        m1 = m2 = std::stoi(std::string(g[4]));
        if (m1 < 1 || m1 > 12) continue;
        year = year_of(g[5], g[6]);
      } else if (!g[7].empty()) {
        int q = ParseQuarter(std::string(g[7]));
        if (q == 0) continue;
        m1 = 3 * q - 2;
        m2 = 3 * q;
        year = year_of(g[8], g[9]);
      } else {
        p.is_year = true;
        m1 = 1;
        m2 = 12;
        if (g[10] == "nay") {
          if (!doc_) continue;
          year = doc_->year;
        } else {
          year = std::stoi(std::string(g[10]));
        }
      }
      bool rolled = !year.has_value();
      if (!year) {
        if (!doc_) continue;
        year = doc_->year;
      }
      p.first = Date{*year, m1, 1};
      p.last = LastDayOfMonth(*year, m2);
      if (!IsValidDate(p.first) || !IsValidDate(p.last)) continue;
      if (rolled && doc_ && AddDays(p.last, 31) < *doc_) {
        p.first.year += 1;
        p.last = LastDayOfMonth(p.last.year + 1, m2);
      }
      out.push_back(p);
    }
    return out;
  }

  void FindRelative() {
    if (!doc_) return;
    StringPiece input(f_);
    StringPiece g[6];
    std::size_t pos = 0;
    while (pos < f_.size() && RelativePattern().Match(input, pos, f_.size(), RE2::UNANCHORED, g, 6)) {
      std::size_t b = static_cast<std::size_t>(g[0].data() - f_.data()), e = b + g[0].size();
      pos = e > b ? e : b + 1;
      if (!Bounded(f_, b, b + 5)) continue;
      if (g[1].empty() && g[5].empty()) continue;  // "trong 03 ngày" alone: a duration
      int n = std::stoi(std::string(g[2]));
      Date due = *doc_;
      if (g[3] == "ngay") {
        if (!g[4].empty()) {
          for (int left = n; left > 0;) {
            due = AddDays(due, 1);
            if (DayOfWeek(due) <= 5) --left;
          }
        } else {
          due = AddDays(due, n);
        }
      } else if (g[3] == "tuan") {
        due = AddDays(due, 7 * n);
      } else {
        due = AddMonths(due, n);
      }
      std::size_t end = e;
      if (!g[5].empty()) {  // "kể từ ngày ban hành Thông báo này": up to the clause's end
        std::size_t limit = std::min(f_.size(), e + 60);
        end = e;
        while (end < limit && f_[end] != ';' && f_[end] != ',' && f_[end] != '.' && f_[end] != '\n') ++end;
        while (end > e && f_[end - 1] == ' ') --end;
        if (!FromDocument(std::string_view(f_).substr(e, end - e))) continue;
      }
      Add(DeadlineKind::kPeriod, b, end, due);
    }
  }

  FoldedText folded_;
  const std::string& f_;  // folded_.text()
  std::optional<Date> doc_;
  std::vector<DeadlineCandidate> found_;
};

}  // namespace

bool DeadlinePatternsOk() {
  return TriggerPattern().ok() && EventDayTriggerPattern().ok() && PeriodPattern().ok() && UntilPattern().ok() && RelativePattern().ok() &&
         BareYearPattern().ok() && BareYearRangePattern().ok() && BareDatePattern().ok() && RecurringPatternsOk();
}

std::optional<Deadline> FindDeadline(std::string_view text, const std::optional<Date>& doc_date) {
  return DeadlineFinder(text, doc_date).Run();
}

std::optional<Deadline> ParseDeadlineCell(std::string_view cell, const std::optional<Date>& doc_date) {
  std::string text = CollapseSpace(cell);
  if (text.empty()) return std::nullopt;
  std::optional<Deadline> d = FindDeadline(text, doc_date);
  if (!d) {
    // The cell is the bare period or date: read it as "trong <cell>" / "trước ngày <cell>".
    std::string folded = FoldText(text);
    std::string year, ngay;
    if (RE2::FullMatch(folded, BareYearPattern(), &year) ||
        RE2::FullMatch(folded, BareYearRangePattern(), &year)) {
      d = FindDeadline("trong năm " + year, doc_date);
    } else if (RE2::FullMatch(folded, BareDatePattern(), &ngay)) {
      d = FindDeadline((ngay.empty() ? "trước ngày " : "trước ") + text, doc_date);
    } else {
      d = FindDeadline("trong " + text, doc_date);
    }
  }
  if (d) d->text = text;
  return d;
}

}  // namespace chidao
