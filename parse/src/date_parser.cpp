// Date recognition. Rules, each with the Vietnamese form it covers:
//   written   "ngày 26 tháng 11 năm 2021", "ngày 19 tháng 6 năm 2015", "ngày 05 tháng 8" (no year)
//   numeric   "26/11/2021", "26-11-2021", "26.11.2021" (one separator kind per date), "7/5/2021",
//             "3l/12/2024" (OCR's "l" for "1" in the day), "25/5/2O26" (OCR's "O" for "0" in
//             the year)
//   year-less "ngày 14/8", "đêm 18/9", "trước 30/9", "từ 12/7", "đến 22/7": only after such a word,
//             because a bare "8/9" is as often a fraction ("8/9 huyện") as a date.
// Matching runs on the folded text (marks and case removed) so OCR's lost marks ("ngay 26 thang
// 11 nam 2021") still match; offsets are mapped back. A candidate touching a letter, a digit or a
// separator on either side is part of something else (a code, an identifier) and is skipped.
#include "date_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace chidao {
namespace {

const RE2& DatePattern() {
  // 1-3: written form; 4-8: numeric day sep month sep year; 9-11: trigger word + day/month
  // (+ optional year: "ngày 14/8/2021" is matched here because it starts at the trigger).
  static const RE2 re(
      R"((ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s+nam\s+(\d{4}))?))"
      R"(|((\d[\dl]?|l\d)([/.-])(\d{1,2})([/.-])(\d[\do]{3})))"
      R"(|((?:ngay|dem|sang|chieu|toi|trua|truoc|tu|den|het|hom)\s+(\d{1,2})/(\d{1,2})(?:/(\d[\do]{3}))?))");
  return re;
}

bool IsWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80);
}

// OCR reads "1" as "l" ("3l/12/2024") and "0" as "O" ("25/5/2O26"): in a day written with its
// month and year the reading is certain.
int ToInt(const re2::StringPiece& s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c == 'l' ? 1 : c == 'o' ? 0 : c - '0');
  return v;
}

}  // namespace

bool DatePatternsOk() { return DatePattern().ok(); }

bool IsValidDate(const Date& d) {
  if (d.year < 1900 || d.year > 2199 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= LastDayOfMonth(d.year, d.month).day;
}

Date LastDayOfMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return Date{year, month, 0};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return Date{year, month, month == 2 && leap ? 29 : kDays[month - 1]};
}

namespace {
// Howard Hinnant's days_from_civil / civil_from_days.
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}
Date CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}
}  // namespace

Date AddDays(const Date& d, int days) { return CivilFromDays(DaysFromCivil(d.year, d.month, d.day) + days); }

Date AddMonths(const Date& d, int months) {
  int total = d.year * 12 + (d.month - 1) + months;
  int y = total / 12, m = total % 12 + 1;
  Date last = LastDayOfMonth(y, m);
  return Date{y, m, d.day < last.day ? d.day : last.day};
}

int DayOfWeek(const Date& d) {
  long z = DaysFromCivil(d.year, d.month, d.day);  // 1970-01-01 was a Thursday (4)
  long w = (z % 7 + 7 + 3) % 7;                     // 0 = Monday
  return static_cast<int>(w) + 1;
}

int ParseQuarter(std::string_view n) {
  std::string s;
  for (char c : n) s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (s == "i" || s == "1") return 1;
  if (s == "ii" || s == "2") return 2;
  if (s == "iii" || s == "3") return 3;
  if (s == "iv" || s == "4") return 4;
  return 0;
}

std::vector<DateMatch> FindDates(std::string_view text, std::optional<int> default_year) {
  FoldedText folded(text);
  return FindDates(folded, default_year);
}

std::vector<DateMatch> FindDates(const FoldedText& folded, std::optional<int> default_year) {
  std::vector<DateMatch> out;
  for (FoldedDate& d : FindFoldedDates(folded, default_year)) out.push_back(d.match);
  return out;
}

std::vector<FoldedDate> FindFoldedDates(const FoldedText& folded, std::optional<int> default_year,
                                        std::size_t from, std::size_t to) {
  std::vector<FoldedDate> out;
  const std::string& f = folded.text();
  re2::StringPiece input(f);
  re2::StringPiece g[15];
  const RE2& re = DatePattern();
  std::size_t pos = std::min(from, f.size());
  // A date is at most ~40 bytes long: scanning a little past `to` finds those starting before it.
  const std::size_t limit = to >= f.size() || f.size() - to < 48 ? f.size() : to + 48;
  while (pos < limit && re.Match(input, pos, limit, RE2::UNANCHORED, g, 15)) {
    std::size_t begin = static_cast<std::size_t>(g[0].data() - f.data());
    std::size_t end = begin + g[0].size();
    pos = end > begin ? end : begin + 1;
    if (begin >= to) break;
    // Glued on the left (a letter, digit or separator before): part of a code or identifier.
    if (begin > 0) {
      char before = f[begin - 1];
      if (IsWordByte(before) || before == '/' || before == '.' || before == '-') continue;
    }
    // Glued on the right: "12/7/2018/QĐ", "26.06.2025abc", "14/8-2021".
    if (end < f.size()) {
      char after = f[end];
      if (IsWordByte(after)) continue;
      if ((after == '/' || after == '-' || after == '.') && end + 1 < f.size() &&
          std::isalnum(static_cast<unsigned char>(f[end + 1])))
        continue;
    }
    DateMatch m;
    std::size_t date_begin = begin;
    if (!g[1].empty()) {
      m.date = Date{g[4].empty() ? 0 : ToInt(g[4]), ToInt(g[3]), ToInt(g[2])};
      m.year_given = !g[4].empty();
    } else if (!g[5].empty()) {
      if (g[7] != g[9]) continue;  // "26/11-2021": mixed separators are not a date
      m.date = Date{ToInt(g[10]), ToInt(g[8]), ToInt(g[6])};
    } else {
      date_begin = static_cast<std::size_t>(g[12].data() - f.data());
      m.date = Date{g[14].empty() ? 0 : ToInt(g[14]), ToInt(g[13]), ToInt(g[12])};
      m.year_given = !g[14].empty();
    }
    if (!m.year_given) {
      if (!default_year) continue;
      m.date.year = *default_year;
    }
    if (!IsValidDate(m.date)) continue;
    m.begin = folded.Original(date_begin);
    m.end = folded.Original(end);
    out.push_back(FoldedDate{m, date_begin, end});
  }
  return out;
}

}  // namespace chidao
