// Số ký hiệu recognition. The state form is number "/" [year "/"] symbol, the symbol being
// dash-joined parts that start with a capital ("KH-UBND", "UBND-KGVX", "NĐ-CP", "QH13"); the
// Party form is number "-" type "/" issuer ("91-CV/TU"). A code touching a letter, digit or
// separator on its left is part of something longer ("F0/F1", "80101911/26.06.2025") and skipped.
#include "document_code.h"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace chidao {
namespace {

using re2::StringPiece;

struct TypeName {
  std::string_view code, name;
};

constexpr std::array<TypeName, 37> kTypes{{
    {"NQ", "Nghị quyết"},        {"QĐ", "Quyết định"},       {"CT", "Chỉ thị"},
    {"QC", "Quy chế"},           {"QyĐ", "Quy định"},        {"QĐi", "Quy định"},
    {"TC", "Thông cáo"},         {"TB", "Thông báo"},        {"HD", "Hướng dẫn"},
    {"CTr", "Chương trình"},     {"KH", "Kế hoạch"},         {"PA", "Phương án"},
    {"ĐA", "Đề án"},             {"DA", "Dự án"},            {"BC", "Báo cáo"},
    {"BB", "Biên bản"},          {"TTr", "Tờ trình"},        {"HĐ", "Hợp đồng"},
    {"CĐ", "Công điện"},         {"BGN", "Bản ghi nhớ"},     {"BTT", "Bản thỏa thuận"},
    {"GUQ", "Giấy ủy quyền"},    {"GM", "Giấy mời"},         {"GGT", "Giấy giới thiệu"},
    {"GNP", "Giấy nghỉ phép"},   {"PG", "Phiếu gửi"},        {"PC", "Phiếu chuyển"},
    {"PB", "Phiếu báo"},         {"NĐ", "Nghị định"},        {"TT", "Thông tư"},
    {"TTLT", "Thông tư liên tịch"}, {"NQLT", "Nghị quyết liên tịch"}, {"KL", "Kết luận"},
    {"CV", "Công văn"},          {"TTg", "Quyết định"},      {"PL", "Pháp lệnh"},
    {"L", "Luật"},
}};

// OCR reads "Đ" as "D": repaired only where no code has the plain-D spelling.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kTypeFixes{{
    {"QD", "QĐ"}, {"ND", "NĐ"}, {"CD", "CĐ"}, {"QyD", "QyĐ"}}};
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kPartyIssuerFixes{{
    {"DU", "ĐU"}, {"DUK", "ĐUK"}, {"BCSD", "BCSĐ"}, {"DDT", "ĐĐT"}}};

// Types that start a state symbol ("KH-UBND"); "TTg" and "L" are issuers or not used there.
bool IsStateType(std::string_view t) {
  if (t == "TTg" || t == "L" || t == "CV") return false;
  for (const TypeName& n : kTypes)
    if (n.code == t) return true;
  return false;
}

bool IsPartyType(std::string_view t) {
  if (t == "TTg" || t == "L") return false;
  for (const TypeName& n : kTypes)
    if (n.code == t) return true;
  return false;
}

#define CHIDAO_SYMBOL R"(\p{Lu}[\p{L}\d&]*(?:-[\p{Lu}\d][\p{L}\d&]*)*)"

// Running text: group 1 number; state 2 year, 3 symbol; Party 4 type, 5 issuer.
const RE2& CodePattern() {
  static const RE2 re(R"((\d{1,6})(?:/(?:(\d{4})/)?()" CHIDAO_SYMBOL R"()| ?- ?(\p{Lu}\p{L}{0,3})/()" CHIDAO_SYMBOL
                      R"()))");
  return re;
}

// A code alone, spaces already removed.
const RE2& WholeCodePattern() {
  static const RE2 re(R"((\d{1,6})(?:/(?:(\d{4})/)?()" CHIDAO_SYMBOL R"()|-(\p{Lu}\p{L}{0,3})/()" CHIDAO_SYMBOL
                      R"()))");
  return re;
}

// The grammar of CodePattern and WholeCodePattern read by hand. RE2 spends some 15000
// instructions on each candidate (the Unicode classes make its program large, and the groups are
// extracted by backtracking), and every code of every document is one. As the patterns are
// written the first match is found by reading forward: the number takes every digit, at most
// six; the two forms differ at the byte after it ("/" or a dash); the year is taken when four
// digits and a "/" follow, as the symbol could not start with a digit; a symbol and a Party
// type take every character their classes allow (nothing follows a symbol, a type must end at
// "/"). Letters are classified by ICU in the Latin blocks Vietnamese is written with, whose
// categories no Unicode version has changed; any other code point, or invalid UTF-8, where a
// class is tested leaves the answer to RE2 (kUnknown).
enum class Grammar { kMatch, kNoMatch, kUnknown };

struct CodeChar {
  std::size_t len = 0;  // bytes; 0 at the end of the input
  bool known = true;    // false: not classified here
  bool upper = false;   // \p{Lu}
  bool letter = false;  // \p{L}
  bool digit = false;   // \d (ASCII, as in RE2)
};

CodeChar ReadCodeChar(std::string_view s, std::size_t i) {
  CodeChar c;
  if (i >= s.size()) return c;
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    c.len = 1;
    c.upper = b >= 'A' && b <= 'Z';
    c.letter = c.upper || (b >= 'a' && b <= 'z');
    c.digit = b >= '0' && b <= '9';
    return c;
  }
  // Decoded from a window of at most 4 bytes at i, so that ICU's int32_t offsets hold on any text.
  int32_t k = 0;
  const auto n = static_cast<int32_t>(std::min<std::size_t>(4, s.size() - i));
  UChar32 cp = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data() + i), k, n, cp);
  c.len = static_cast<std::size_t>(k);
  if (cp < 0x80 || !(cp < 0x250 || (cp >= 0x1E00 && cp < 0x1F00))) {  // also invalid UTF-8 (cp < 0)
    c.known = false;
    return c;
  }
  c.letter = u_isalpha(cp);
  c.upper = u_isupper(cp);
  return c;
}

// [\p{L}\d&]* from i: where it ends.
Grammar SymbolRest(std::string_view s, std::size_t* i) {
  for (;;) {
    CodeChar c = ReadCodeChar(s, *i);
    if (c.len == 0) return Grammar::kMatch;
    if (!c.known) return Grammar::kUnknown;
    if (!c.letter && !c.digit && s[*i] != '&') return Grammar::kMatch;
    *i += c.len;
  }
}

// CHIDAO_SYMBOL at `at`: where it ends.
Grammar Symbol(std::string_view s, std::size_t at, std::size_t* end) {
  CodeChar c = ReadCodeChar(s, at);
  if (!c.known) return Grammar::kUnknown;
  if (!c.upper) return Grammar::kNoMatch;
  std::size_t p = at + c.len;
  if (SymbolRest(s, &p) == Grammar::kUnknown) return Grammar::kUnknown;
  while (p < s.size() && s[p] == '-') {  // (?:-[\p{Lu}\d][\p{L}\d&]*)*
    CodeChar d = ReadCodeChar(s, p + 1);
    if (!d.known) return Grammar::kUnknown;
    if (!d.upper && !d.digit) break;
    p += 1 + d.len;
    if (SymbolRest(s, &p) == Grammar::kUnknown) return Grammar::kUnknown;
  }
  *end = p;
  return Grammar::kMatch;
}

// CodePattern (spaced_dash) or WholeCodePattern matched at s[b...] with ANCHOR_START; the
// groups as RE2 fills them (unmatched ones empty).
Grammar MatchCodeGrammar(std::string_view s, std::size_t b, bool spaced_dash, StringPiece* g) {
  std::fill(g, g + 6, StringPiece());
  auto piece = [&](std::size_t from, std::size_t to) { return StringPiece(s.data() + from, to - from); };
  auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
  std::size_t i = b;
  while (digit(i) && i - b < 6) ++i;
  if (i == b || digit(i)) return Grammar::kNoMatch;  // no number, or more than six digits
  std::size_t end = 0;
  if (i < s.size() && s[i] == '/') {  // state: "/" [year "/"] symbol
    std::size_t sym = i + 1;
    const bool year = digit(sym) && digit(sym + 1) && digit(sym + 2) && digit(sym + 3) &&
                      sym + 4 < s.size() && s[sym + 4] == '/';
    if (year) sym += 5;
    Grammar r = Symbol(s, sym, &end);
    if (r != Grammar::kMatch) return r;
    g[1] = piece(b, i);
    if (year) g[2] = piece(i + 1, i + 5);
    g[3] = piece(sym, end);
    g[0] = piece(b, end);
    return Grammar::kMatch;
  }
  std::size_t j = i;  // Party: " ?- ?" type "/" symbol
  if (spaced_dash && j < s.size() && s[j] == ' ') ++j;
  if (j >= s.size() || s[j] != '-') return Grammar::kNoMatch;
  ++j;
  if (spaced_dash && j < s.size() && s[j] == ' ') ++j;
  const std::size_t type_begin = j;
  CodeChar c = ReadCodeChar(s, j);
  if (!c.known) return Grammar::kUnknown;
  if (!c.upper) return Grammar::kNoMatch;
  j += c.len;
  for (int letters = 0;; ++letters) {  // \p{L}{0,3} then "/"
    CodeChar d = ReadCodeChar(s, j);
    if (!d.known) return Grammar::kUnknown;
    if (d.len == 0 || !d.letter) break;
    if (letters == 3) return Grammar::kNoMatch;
    j += d.len;
  }
  if (j >= s.size() || s[j] != '/') return Grammar::kNoMatch;
  Grammar r = Symbol(s, j + 1, &end);
  if (r != Grammar::kMatch) return r;
  g[1] = piece(b, i);
  g[4] = piece(type_begin, j);
  g[5] = piece(j + 1, end);
  g[0] = piece(b, end);
  return Grammar::kMatch;
}

// CodePattern at text[b, limit) with ANCHOR_START, by hand where it can be.
bool MatchCodeAt(std::string_view text, std::size_t b, std::size_t limit, StringPiece* g) {
  Grammar r = MatchCodeGrammar(text.substr(0, limit), b, true, g);
  if (r != Grammar::kUnknown) return r == Grammar::kMatch;
  return CodePattern().Match(StringPiece(text.data(), text.size()), b, limit, RE2::ANCHOR_START, g, 6);
}

// WholeCodePattern over all of `compact` (ANCHOR_BOTH), by hand where it can be. The forms
// exclude each other and each has one parse, so the whole must be the first match.
bool MatchWholeCode(std::string_view compact, StringPiece* g) {
  Grammar r = MatchCodeGrammar(compact, 0, false, g);
  if (r == Grammar::kMatch) return g[0].size() == compact.size();
  if (r == Grammar::kNoMatch) return false;
  return WholeCodePattern().Match(StringPiece(compact.data(), compact.size()), 0, compact.size(), RE2::ANCHOR_BOTH, g, 6);
}

const RE2& LabelPattern() {
  static const RE2 re(R"(^\s*(?:[Ss][ốôoÔỐO]|SỐ|No\.?)?\s*[:.]?\s*)");
  return re;
}

std::string Replace(std::string s, std::string_view from, std::string_view to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
    s.replace(p, from.size(), to);
  return s;
}

std::string FixType(std::string t) {
  for (auto [from, to] : kTypeFixes)
    if (t == from) return std::string(to);
  return t;
}

std::string FixPartyIssuer(std::string issuer) {
  std::size_t dash = issuer.find('-');
  std::string head = issuer.substr(0, dash);
  for (auto [from, to] : kPartyIssuerFixes)
    if (head == from) return std::string(to) + (dash == std::string::npos ? "" : issuer.substr(dash));
  return issuer;
}

std::optional<DocumentCode> Build(const StringPiece* g) {
  DocumentCode c;
  c.number = std::string(g[1]);
  if (!g[3].empty()) {
    std::string symbol = Replace(std::string(g[3]), "Ð", "Đ");
    std::size_t dash = symbol.find('-');
    std::string first = FixType(symbol.substr(0, dash));
    if (IsStateType(first)) {
      c.type_code = first;
      c.issuer_code = dash == std::string::npos ? "" : symbol.substr(dash + 1);
    } else {
      c.issuer_code = symbol;
    }
    if (!g[2].empty()) c.year = std::stoi(std::string(g[2]));
    c.text = c.number + "/" + (c.year ? std::string(g[2]) + "/" : "") +
             (c.type_code.empty() ? c.issuer_code
                                  : c.type_code + (c.issuer_code.empty() ? "" : "-" + c.issuer_code));
    return c;
  }
  std::string type = FixType(Replace(std::string(g[4]), "Ð", "Đ"));
  if (!IsPartyType(type)) return std::nullopt;
  c.party = true;
  c.type_code = type;
  c.issuer_code = FixPartyIssuer(Replace(std::string(g[5]), "Ð", "Đ"));
  c.text = c.number + "-" + c.type_code + "/" + c.issuer_code;
  return c;
}

// The byte before `pos` belongs to a word or a code ("F0/F1", "1.215", "x/128/NQ").
bool GluedLeft(std::string_view text, std::size_t pos) {
  if (pos == 0) return false;
  unsigned char c = static_cast<unsigned char>(text[pos - 1]);
  if (c >= 0x80) return true;  // a letter with marks (punctuation there is rare and harmless)
  return std::isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_';
}

}  // namespace

std::optional<DocumentCode> ParseDocumentCode(std::string_view code_text) {
  StringPiece in(code_text.data(), code_text.size());
  std::string compact;
  {
    StringPiece m;
    std::size_t skip = 0;
    if (LabelPattern().Match(in, 0, in.size(), RE2::ANCHOR_START, &m, 1)) skip = m.size();
    for (char ch : code_text.substr(skip))
      if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') compact.push_back(ch);
  }
  while (!compact.empty() && (compact.back() == '.' || compact.back() == ',' || compact.back() == ';' ||
                              compact.back() == ')'))
    compact.pop_back();
  StringPiece g[6];
  if (!MatchWholeCode(compact, g)) return std::nullopt;
  return Build(g);
}

std::vector<CodeMatch> FindDocumentCodes(std::string_view text) {
  // Every code has a "/": only the neighbourhood of each slash is examined, which keeps this
  // linear and fast on text where slashes are rare. From a slash, the code starts at the digits
  // right before it (state form) or at the digits before "-TYPE" (Party form).
  std::vector<CodeMatch> out;
  StringPiece g[6];
  std::size_t next = 0;  // no match may start before this (inside the previous code)
  auto is_digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(text[i])) != 0; };
  for (std::size_t slash = text.find('/'); slash != std::string_view::npos; slash = text.find('/', slash + 1)) {
    if (slash < next) continue;
    std::size_t candidates[2];
    int n = 0;
    std::size_t d = slash;
    while (d > 0 && slash - d < 7 && is_digit(d - 1)) --d;
    if (d < slash) candidates[n++] = d;  // "3279/KH-UBND"
    std::size_t t = slash;                // "91-CV/TU", "91 -CV/TU": letters, dash, digits
    while (t > 0 && slash - t < 9 &&
           (std::isalpha(static_cast<unsigned char>(text[t - 1])) || static_cast<unsigned char>(text[t - 1]) >= 0x80))
      --t;
    if (t < slash) {
      std::size_t q = t;
      if (q > 0 && text[q - 1] == ' ') --q;
      if (q > 0 && text[q - 1] == '-') {
        --q;
        if (q > 0 && text[q - 1] == ' ') --q;
        std::size_t e = q;
        while (q > 0 && e - q < 7 && is_digit(q - 1)) --q;
        if (q < e) candidates[n++] = q;
      }
    }
    for (int c = 0; c < n; ++c) {
      std::size_t b = candidates[c];
      if (b < next || GluedLeft(text, b)) continue;
      std::size_t limit = std::min(text.size(), b + 96);
      if (!MatchCodeAt(text, b, limit, g)) continue;
      std::size_t e = b + g[0].size();
      if (e < text.size() && text[e] == '/' && e + 1 < text.size() &&
          std::isalnum(static_cast<unsigned char>(text[e + 1])))
        continue;
      std::optional<DocumentCode> code = Build(g);
      if (!code) continue;
      out.push_back(CodeMatch{std::move(*code), b, e});
      next = e;
      break;
    }
  }
  return out;
}

std::optional<std::string> TypeNameForCode(std::string_view type_code) {
  std::string t = FixType(Replace(std::string(type_code), "Ð", "Đ"));
  for (const TypeName& n : kTypes)
    if (n.code == t) return std::string(n.name);
  return std::nullopt;
}

std::optional<std::string> TypeNameFor(const DocumentCode& code) {
  if (code.party && code.type_code == "TT") return std::string("Thông tri");
  if (!code.type_code.empty()) return TypeNameForCode(code.type_code);
  if (code.year || code.party) return std::nullopt;
  return std::string("Công văn");
}

bool CodeGrammarAgreesWithPatterns(std::string_view text) {
  auto same = [](const StringPiece* a, const StringPiece* b) {
    for (int k = 0; k < 6; ++k)
      if (a[k].size() != b[k].size() || (!a[k].empty() && a[k].data() != b[k].data())) return false;
    return true;
  };
  StringPiece in(text.data(), text.size()), mine[6], re[6];
  for (bool whole : {false, true}) {
    Grammar r = MatchCodeGrammar(text, 0, !whole, mine);
    if (r == Grammar::kUnknown) continue;
    bool hand = r == Grammar::kMatch && (!whole || mine[0].size() == text.size());
    bool spec = whole ? WholeCodePattern().Match(in, 0, in.size(), RE2::ANCHOR_BOTH, re, 6)
                      : CodePattern().Match(in, 0, in.size(), RE2::ANCHOR_START, re, 6);
    if (hand != spec || (hand && !same(mine, re))) return false;
  }
  return true;
}

bool DocumentCodePatternsOk() {
  return CodePattern().ok() && WholeCodePattern().ok() && LabelPattern().ok();
}

}  // namespace chidao
