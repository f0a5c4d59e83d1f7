// Citation reading (rules in reference_parser.h). Codes are found on the original text (their
// letters are case-sensitive: QĐ vs QyĐ); the words around them are read on the folded text.
// An issuer phrase after "của" ends at punctuation, at a word that starts a clause ("về",
// "ban hành", "phê duyệt", "tại", "đã", "chưa", ...), or at "," / "và" / "về" followed by a
// lowercase word: "của Bộ Văn hóa, Thể thao và Du lịch về ..." keeps its commas, "của Bộ Y tế và
// hướng dẫn ..." stops at "và"; "Phòng, chống" is one word-pair ("Ban Chỉ đạo quốc gia về
// Phòng, chống thiên tai").
#include "reference_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <deque>
#include <map>

#include "date_parser.h"
#include "document_code.h"
#include "folded_text.h"
#include "issuer_name.h"
#include "text_case.h"

namespace chidao {
namespace {

using re2::StringPiece;

// The type word ending right before a code: group 1 a type, group 2 a law (which has a name).
const RE2& TypeBeforePattern() {
  static const RE2 re(
      R"((?:^|[^a-z])(?:(nghi quyet lien tich|nghi quyet|quyet dinh|chi thi|ket luan|thong bao|cong van)"
      R"(|ke hoach|huong dan|chuong trinh|nghi dinh|thong tu lien tich|thong tu|thong tri|to trinh|cong dien)"
      R"(|quy dinh|quy che|de an|phuong an|bao cao|van ban|thong cao)|(bo luat|luat|phap lenh)(?:\s+[^\s;,.]+){0,6}?))"
      R"(\s+(?:so\s*:?\s*)?$)");
  return re;
}

// "đề nghị của X tại " before the type word: the proposal of X in its Tờ trình. ("chỉ đạo của
// Thủ tướng tại Thông báo 285/TB-VPCP" names who directed, not who issued: not matched.)
const RE2& CuaTaiPattern() {
  static const RE2 re(R"((?:de nghi|to trinh|bao cao|huong dan|quy dinh)\s+cua\s+([^;:.\n]{3,100}?)\s+tai\s+$)");
  return re;
}

const RE2& VanBanSoPattern() {  // "văn bản số 80101911/26.06.2025": an identifier kept as written
  static const RE2 re(R"((?:van ban|cong van)\s+so\s*:?\s*([0-9][0-9a-z./-]*/[0-9a-z./-]*[0-9a-z]))");
  return re;
}

// Words that start a clause after an issuer's name, compared on the original lowercase word
// ("tại" stops, "thiên tai" does not). Two-word stops only stop as a pair ("ban hành", not "Ủy ban").
constexpr std::array<std::string_view, 40> kStops{
    "về",  "và",   "tại", "đã",   "chưa", "thì",  "để",   "nhằm", "trong", "theo",
    "với", "đang", "được", "qua", "này",  "sau",  "khi",  "hiện", "của",   "gửi",
    "đến", "cho",  "từ",  "ở",    "như",  "là",   "có",   "sẽ",   "cần",   "phải",
    "các", "những", "mọi", "thuộc", "trên", "nay", "đối",  "do",   "bởi",   "tới"};
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kPairStops{{
    {"ban", "hành"}, {"phê", "duyệt"}, {"quy", "định"}, {"hướng", "dẫn"}, {"triển", "khai"},
    {"thực", "hiện"}, {"báo", "cáo"}, {"cụ", "thể"}, {"chỉ", "đạo"}}};

// Stop words that only stop when the next word is lowercase ("về Phòng, chống" continues).
bool StopsOnlyBeforeLower(std::string_view w) { return w == "về" || w == "và"; }

// One stretch of the text folded on its own (see the top of this file). Reads are declared
// before they are made: Back() for bytes before a position, Ahead() for bytes up to an end; one
// that leaves the stretch where the text goes on marks it short.
class Stretch {
 public:
  // `text` must outlive the stretch; [begin, end) starts at an ASCII byte and ends after one
  // (or at the text's ends), so that its fold is the whole fold's.
  Stretch(std::string_view text, std::size_t begin, std::size_t end)
      : folded_(text.substr(begin, end - begin)), at_start_(begin == 0), at_end_(end == text.size()) {}
  Stretch(const Stretch&) = delete;  // folded_ views the text, the words view folded_
  Stretch& operator=(const Stretch&) = delete;

  const FoldedText& folded() const { return folded_; }
  // Reads of the n folded bytes before `pos`.
  void Back(std::size_t pos, std::size_t n) {
    if (!at_start_ && pos < n) short_ = true;
  }
  // Reads of the folded bytes before `end`.
  void Ahead(std::size_t end) {
    if (!at_end_ && end > folded_.text().size()) short_ = true;
  }
  bool is_short() const { return short_; }

 private:
  FoldedText folded_;
  bool at_start_, at_end_;
  bool short_ = false;
};

struct Word {
  std::size_t fb, fe;  // folded offsets
  std::string folded;
  bool upper;
  char after;          // punctuation right after the word (',' ';' '.' ':' '(' ')' or 0)
  std::string lower;   // the original word, lowercase, once `has_lower`
  bool has_lower = false;
};

// Words of the folded text from `pos`, at most `max` of them, stopping at a blank line, read
// as the rules ask for them: an issuer's phrase ends within a few words, so the words the rules
// may look at are rarely all read, and a word's lowercase form (ICU, per code point) is made
// only when a rule compares it. (Reading all of them first made IssuerAt cost twice as much.)
class WordReader {
 public:
  // `stretch` must outlive the reader.
  WordReader(Stretch& stretch, std::size_t pos, std::size_t max)
      : stretch_(stretch), folded_(stretch.folded()), p_(pos), max_(max) {}

  // True when there is a word i.
  bool Has(std::size_t i) {
    while (words_.size() <= i && ReadOne()) {
    }
    return i < words_.size();
  }
  // Word i, for i with Has(i). References stay valid as more words are read.
  const Word& operator[](std::size_t i) const { return words_[i]; }
  const std::string& Lower(std::size_t i) {
    Word& w = words_[i];
    if (!w.has_lower) {
      w.lower = LowerCase(folded_.OriginalText(w.fb, w.fe));
      w.has_lower = true;
    }
    return w.lower;
  }

 private:
  bool ReadOne() {
    bool read = ReadWord();
    // ReadWord looks at most one byte past where it stops (and stops at the end).
    stretch_.Ahead(p_ + 2);
    return read;
  }

  bool ReadWord() {
    const std::string& f = folded_.text();
    while (!done_ && words_.size() < max_ && p_ < f.size()) {
      while (p_ < f.size() && (f[p_] == ' ' || f[p_] == '\n' || f[p_] == '\t' || f[p_] == '\r')) {
        if (f[p_] == '\n' && p_ + 1 < f.size() && f[p_ + 1] == '\n') {
          done_ = true;
          return false;
        }
        ++p_;
      }
      std::size_t b = p_;
      while (p_ < f.size() && f[p_] != ' ' && f[p_] != '\n' && f[p_] != '\t' && f[p_] != ',' &&
             f[p_] != ';' && f[p_] != '.' && f[p_] != ':' && f[p_] != '(' && f[p_] != ')')
        ++p_;
      if (p_ == b) {  // a punctuation mark where a word should be
        ++p_;
        if (b >= f.size()) continue;
        words_.push_back(Word{b, b + 1, std::string(1, f[b]), false, f[b], std::string(1, f[b]), true});
        return true;
      }
      Word w{b, p_, f.substr(b, p_ - b), StartsUpper(folded_.OriginalText(b, p_)), 0, {}, false};
      if (p_ < f.size() && (f[p_] == ',' || f[p_] == ';' || f[p_] == '.' || f[p_] == ':' || f[p_] == '(' || f[p_] == ')'))
        w.after = f[p_];
      if (w.after == ',' || w.after == ';' || w.after == '.' || w.after == ':') ++p_;
      words_.push_back(std::move(w));
      return true;
    }
    return false;
  }

  Stretch& stretch_;
  const FoldedText& folded_;
  std::size_t p_, max_;
  bool done_ = false;
  std::deque<Word> words_;
};

std::optional<std::string> TypeName(std::string_view word);

// The issuer phrase starting at folded offset `pos` (right after "của ").
std::optional<std::string> IssuerAt(Stretch& stretch, std::size_t pos) {
  const FoldedText& folded = stretch.folded();
  WordReader w(stretch, pos, 24);
  std::size_t end = pos, n = 0;
  for (std::size_t i = 0; w.Has(i); ++i) {
    const Word& x = w[i];
    if (x.fe - x.fb == 1 && x.after == x.folded[0]) {  // bare punctuation
      if (x.folded == "(" && n > 0 && w.Has(i + 1) && w[i + 1].folded == "khoa") {
        stretch.Ahead(x.fb + 30);
        std::size_t close = folded.text().find(')', x.fb);
        if (close != std::string::npos && close - x.fb < 30) {
          end = close + 1;
          while (w.Has(i + 1) && w[i + 1].fb <= close) ++i;
          continue;
        }
      }
      break;
    }
    bool next_lower = w.Has(i + 1) && !w[i + 1].upper && w[i + 1].folded.size() > 1;
    if (n > 0 && !x.upper) {
      const std::string& lower = w.Lower(i);
      if (std::find(kStops.begin(), kStops.end(), lower) != kStops.end() &&
          (!StopsOnlyBeforeLower(lower) || next_lower || !w.Has(i + 1)))
        break;
      bool pair = false;
      for (auto [a, b] : kPairStops)
        if (lower == a && w.Has(i + 1) && w.Lower(i + 1) == b) pair = true;
      if (pair) break;
    }
    // "... Thủ tướng Chính phủ và Công điện số 05/CĐ-QG": "và" before another citation.
    if (n > 0 && w.Lower(i) == "và" && w.Has(i + 2) &&
        (TypeName(w[i + 1].folded + " " + w[i + 2].folded) || TypeName(w[i + 1].folded)))
      break;
    if (n > 0 && !x.upper && x.folded.size() > 1 && i > 0 && w[i - 1].after == ',' && x.folded != "chong") break;
    end = x.fe;
    ++n;
    if (n >= 14) break;
    if (x.after == ';' || x.after == '.' || x.after == ':') break;
    if (x.after == ',' && !(w.Has(i + 1) && (w[i + 1].upper || (x.folded == "phong" && w[i + 1].folded == "chong"))))
      break;
    if (x.after == '(' || x.after == ')') break;
  }
  if (n == 0) return std::nullopt;
  std::string phrase = CollapseSpace(folded.OriginalText(pos, end));
  while (!phrase.empty() && (phrase.back() == ',' || phrase.back() == ' ')) phrase.pop_back();
  if (phrase.empty() || !StartsUpper(phrase)) return std::nullopt;
  return CanonicalIssuer(phrase);
}

std::optional<std::string> TypeName(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 27> kNames{{
      {"nghi quyet lien tich", "Nghị quyết liên tịch"}, {"nghi quyet", "Nghị quyết"},
      {"quyet dinh", "Quyết định"}, {"chi thi", "Chỉ thị"}, {"ket luan", "Kết luận"},
      {"thong bao", "Thông báo"}, {"cong van", "Công văn"}, {"ke hoach", "Kế hoạch"},
      {"huong dan", "Hướng dẫn"}, {"chuong trinh", "Chương trình"}, {"nghi dinh", "Nghị định"},
      {"thong tu lien tich", "Thông tư liên tịch"}, {"thong tu", "Thông tư"}, {"thong tri", "Thông tri"},
      {"to trinh", "Tờ trình"}, {"cong dien", "Công điện"}, {"quy dinh", "Quy định"},
      {"quy che", "Quy chế"}, {"de an", "Đề án"}, {"phuong an", "Phương án"}, {"bao cao", "Báo cáo"},
      {"van ban", "Công văn"}, {"thong cao", "Thông cáo"}, {"bo luat", "Bộ luật"}, {"luat", "Luật"},
      {"phap lenh", "Pháp lệnh"}, {"", ""}}};
  for (auto [k, v] : kNames)
    if (!k.empty() && k == word) return std::string(v);
  return std::nullopt;
}

bool OnlySpaceCommaNgay(std::string_view gap) {
  std::size_t i = 0;
  while (i < gap.size() && (gap[i] == ' ' || gap[i] == '\n' || gap[i] == ',')) ++i;
  if (gap.substr(i, 4) == "ngay") i += 4;
  while (i < gap.size() && (gap[i] == ' ' || gap[i] == '\n')) ++i;
  return i == gap.size();
}

// RE2's \s: [\t\n\f\r ].
bool IsRegexSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// [0-9a-z./-]: the bytes of an identifier in VanBanSoPattern.
bool IsIdentifierByte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '.' || c == '/' || c == '-';
}

// How far VanBanSoPattern, anchored at `start` (a "van ban" or "cong van" already compared),
// may read: the byte where it stops, f.size() when it runs to the end. Each step of the pattern
// is decided by the byte at hand, so walking it by hand reads as far as it can; the pattern
// itself may stop earlier (it needs a "/"), never later.
std::size_t VanBanReach(const std::string& f, std::size_t start) {
  std::size_t p = start + (f[start] == 'c' ? 8 : 7);
  auto skip_spaces = [&] {
    while (p < f.size() && IsRegexSpace(f[p])) ++p;
  };
  if (p >= f.size() || !IsRegexSpace(f[p])) return p;
  skip_spaces();
  for (char c : {'s', 'o'}) {
    if (p >= f.size() || f[p] != c) return p;
    ++p;
  }
  skip_spaces();
  if (p < f.size() && f[p] == ':') ++p;
  skip_spaces();
  if (p >= f.size() || !(f[p] >= '0' && f[p] <= '9')) return p;
  while (p < f.size() && IsIdentifierByte(f[p])) ++p;
  return p;
}

// Where a VanBanSoPattern match holding the "/" at `slash` may start, at the earliest: back over
// the identifier (with "so" when glued to it: "so80101911/..."), the spaces and ":" before it,
// "so", the spaces before that and the 8 bytes of "cong van". Stops at 0.
std::size_t VanBanEarliest(const std::string& f, std::size_t slash) {
  std::size_t p = slash;
  while (p > 0 && IsIdentifierByte(f[p - 1])) --p;
  while (p > 0 && (IsRegexSpace(f[p - 1]) || f[p - 1] == ':')) --p;
  while (p > 0 && IsIdentifierByte(f[p - 1])) --p;
  while (p > 0 && IsRegexSpace(f[p - 1])) --p;
  return p;
}

// The citations of a text, read stretch by stretch in the text's order.
class Citations {
 public:
  Citations(const std::optional<DocumentCode>& own_code, std::optional<int> year)
      : own_code_(own_code), year_(year) {}

  // Reads the codes of `codes` that lie in `stretch`, which starts at original offset `begin`,
  // and the "văn bản số" identifiers in it.
  void Read(Stretch& stretch, std::size_t begin, const std::vector<CodeMatch>& codes);
  std::vector<Reference> Take() { return std::move(out_); }

 private:
  struct Found {
    DocumentCode code;
    std::size_t fb, fe;  // folded offsets in the stretch
  };
  void FindIdentifiers(Stretch& stretch, std::vector<Found>& found);
  void Cite(Stretch& stretch, const Found& m);

  const std::optional<DocumentCode>& own_code_;
  std::optional<int> year_;
  std::vector<Reference> out_;
  std::map<std::string, std::size_t> index_;
};

void Citations::Read(Stretch& stretch, std::size_t begin, const std::vector<CodeMatch>& codes) {
  const FoldedText& folded = stretch.folded();
  const std::size_t end = begin + folded.original().size();
  std::vector<Found> found;
  for (const CodeMatch& m : codes)
    if (m.begin >= begin && m.end <= end)
      found.push_back(Found{m.code, folded.Folded(m.begin - begin), folded.Folded(m.end - begin)});
  FindIdentifiers(stretch, found);
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.fb < b.fb; });
  for (const Found& m : found) Cite(stretch, m);
}

// Identifiers cited as "văn bản số ...", which the code grammar does not cover. Every match
// starts at a "van ban" or "cong van": the pattern is tried anchored at each, in order, which
// finds the same leftmost matches as an unanchored scan without running the regular expression
// over the whole text (most of which cites nothing).
void Citations::FindIdentifiers(Stretch& stretch, std::vector<Found>& found) {
  const FoldedText& folded = stretch.folded();
  const std::string& f = folded.text();
  // Every match holds a "/", and every "/" of the text lies in a stretch: a match the stretch
  // cannot see whole either starts before it (the walk back from its "/" reaches the edge) or
  // runs past its end (the reach of the attempt at its start does).
  for (std::size_t s = f.find('/'); s != std::string::npos; s = f.find('/', s + 1))
    stretch.Back(VanBanEarliest(f, s), 8);
  StringPiece in(f);
  StringPiece g[2];
  std::size_t pos = 0;
  auto next_match = [&]() {
    for (std::size_t q = f.find("van", pos); q != std::string::npos; q = f.find("van", q + 1)) {
      for (std::size_t start : {q >= 5 ? q - 5 : std::string::npos, q}) {
        if (start == std::string::npos || start < pos) continue;
        if (f.compare(start, start == q ? 7 : 8, start == q ? "van ban" : "cong van") != 0) continue;
        stretch.Ahead(VanBanReach(f, start) + 1);
        if (VanBanSoPattern().Match(in, start, f.size(), RE2::ANCHOR_START, g, 2)) return true;
      }
    }
    return false;
  };
  while (pos < f.size() && next_match()) {
    std::size_t b = static_cast<std::size_t>(g[1].data() - f.data()), e = b + g[1].size();
    pos = e;
    bool known = std::any_of(found.begin(), found.end(), [&](const Found& x) { return x.fb <= b && b < x.fe; });
    if (known || (e < f.size() && std::isalnum(static_cast<unsigned char>(f[e])))) continue;
    DocumentCode c;
    c.text = std::string(folded.OriginalText(b, e));
    c.number = c.text.substr(0, c.text.find('/'));
    c.issuer_code = c.text.substr(c.text.find('/') + 1);
    found.push_back(Found{c, b, e});
  }
}

void Citations::Cite(Stretch& stretch, const Found& m) {
  if (own_code_ && m.code.text == own_code_->text) return;
  const FoldedText& folded = stretch.folded();
  const std::string& f = folded.text();
  Reference ref;
  ref.code = m.code;
  // The word before: "Nghị quyết số", "Luật Lưu trữ số", "Thông báo".
  stretch.Back(m.fb, 90);
  std::size_t from = m.fb > 90 ? m.fb - 90 : 0;
  StringPiece prefix(f.data() + from, m.fb - from);
  StringPiece g[3];
  std::optional<std::string> word_type;
  std::size_t type_begin = m.fb;
  if (TypeBeforePattern().Match(prefix, 0, prefix.size(), RE2::UNANCHORED, g, 3)) {
    const StringPiece& w = g[1].empty() ? g[2] : g[1];
    word_type = TypeName(std::string(w));
    type_begin = static_cast<std::size_t>(w.data() - f.data());
  }
  ref.type = m.code.type_code.empty() ? (word_type ? word_type : TypeNameFor(m.code)) : TypeNameFor(m.code);
  if (!ref.type) ref.type = word_type;
  // "ngày ..." right after the code. FindFoldedDates reads from the byte before m.fe to two
  // bytes past its scanning limit, 48 bytes after its `to`.
  std::size_t after = m.fe;
  stretch.Ahead(m.fe + 13 + 48 + 2);
  for (const FoldedDate& d : FindFoldedDates(folded, year_, m.fe, m.fe + 13)) {
    if (OnlySpaceCommaNgay(std::string_view(f).substr(m.fe, d.folded_begin - m.fe))) {
      ref.date = d.match.date;
      after = d.folded_end;
    }
    break;
  }
  // "của X" after the code and date, or "của X tại" before the type word.
  std::size_t p = after;
  while (p < f.size() && (f[p] == ' ' || f[p] == '\n' || f[p] == ',')) ++p;
  stretch.Ahead(p + 4);
  if (f.compare(p, 4, "cua ") == 0 || f.compare(p, 4, "cua\n") == 0) {
    ref.issuer = IssuerAt(stretch, p + 4);
  } else if (type_begin < m.fb) {
    stretch.Back(type_begin, 120);
    std::size_t lo = type_begin > 120 ? type_begin - 120 : 0;
    StringPiece before(f.data() + lo, type_begin - lo);
    StringPiece cg[2];
    if (CuaTaiPattern().Match(before, 0, before.size(), RE2::UNANCHORED, cg, 2)) {
      std::size_t ib = static_cast<std::size_t>(cg[1].data() - f.data());
      ref.issuer = IssuerAt(stretch, ib);
    }
  }
  auto it = index_.find(m.code.text);
  if (it == index_.end()) {
    index_.emplace(m.code.text, out_.size());
    out_.push_back(std::move(ref));
    return;
  }
  Reference& prev = out_[it->second];
  if (!prev.date) prev.date = ref.date;
  if (!prev.issuer) prev.issuer = ref.issuer;
  if (!prev.type) prev.type = ref.type;
}

// The stretches to fold: around each "/" (wide enough for "công văn số 80101911/26.06.2025")
// and, wider, around each code (for the type word and "đề nghị của X tại" before it, the date
// and "của X" after it), merged where they meet. Their sizes only decide how often a document is
// read again on the whole fold (3 of the 357 corpus and synthetic documents).
std::vector<std::pair<std::size_t, std::size_t>> Stretches(std::string_view text, const std::vector<CodeMatch>& codes) {
  constexpr std::size_t kSlashBefore = 64, kSlashAfter = 48, kCodeBefore = 320, kCodeAfter = 400;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  auto add = [&](std::size_t b, std::size_t e) {
    e = std::min(e, text.size());
    // Edges at ASCII bytes: a stretch starts at one and ends after one.
    while (b > 0 && static_cast<unsigned char>(text[b]) >= 0x80) --b;
    while (e < text.size() && static_cast<unsigned char>(text[e - 1]) >= 0x80) ++e;
    spans.emplace_back(b, e);
  };
  for (const CodeMatch& c : codes) add(c.begin > kCodeBefore ? c.begin - kCodeBefore : 0, c.end + kCodeAfter);
  for (std::size_t s = text.find('/'); s != std::string_view::npos; s = text.find('/', s + 1))
    add(s > kSlashBefore ? s - kSlashBefore : 0, s + kSlashAfter);
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<std::size_t, std::size_t>> merged;
  for (auto [b, e] : spans) {
    if (!merged.empty() && b <= merged.back().second)
      merged.back().second = std::max(merged.back().second, e);
    else
      merged.emplace_back(b, e);
  }
  return merged;
}

std::vector<Reference> Read(std::string_view text, const std::vector<CodeMatch>& codes,
                            const std::optional<DocumentCode>& own_code, std::optional<int> year, bool whole) {
  Citations citations(own_code, year);
  if (whole) {
    Stretch all(text, 0, text.size());
    citations.Read(all, 0, codes);
    return citations.Take();
  }
  for (auto [b, e] : Stretches(text, codes)) {
    Stretch stretch(text, b, e);
    citations.Read(stretch, b, codes);
    if (stretch.is_short()) return Read(text, codes, own_code, year, true);
  }
  return citations.Take();
}

}  // namespace

bool ReferencePatternsOk() {
  return TypeBeforePattern().ok() && CuaTaiPattern().ok() && VanBanSoPattern().ok();
}

std::vector<Reference> FindReferences(std::string_view text, const std::optional<DocumentCode>& own_code,
                                      const std::optional<Date>& doc_date) {
  const std::optional<int> year = doc_date ? std::optional<int>(doc_date->year) : std::nullopt;
  return Read(text, FindDocumentCodes(text), own_code, year, false);
}

std::vector<Reference> FindReferencesOnWholeFold(std::string_view text, const std::optional<DocumentCode>& own_code,
                                                 const std::optional<Date>& doc_date) {
  const std::optional<int> year = doc_date ? std::optional<int>(doc_date->year) : std::nullopt;
  return Read(text, FindDocumentCodes(text), own_code, year, true);
}

}  // namespace chidao
