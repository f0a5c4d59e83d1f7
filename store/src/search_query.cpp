// The search-query sanitiser (grammar in search_query.h).
//
// Nothing the user typed is ever passed to FTS5 as syntax: terms are re-emitted as quoted
// strings, so "NEAR(a b)", "text:x", "^a", "a*b", "(((" are words or nothing. Examples:
//   tiêm vắc-xin        → fold: "tiêm" AND "vắc-xin"     exact: "tiêm" AND "vắc"
//   "đào tạo" cán*      → fold: "đào tạo" AND "cán" *    exact: "đào" AND "tạo"
//   covid -"hà nội"     → fold: ("covid") NOT "hà nội"   exact: (none: no marks typed)
// The tokenizer (text_keys.h) folds the quoted strings, so "vắc-xin" is the phrase vac xin.
#include "chidao/search_query.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "chidao/vn_normalize.h"
#include "chidao/vn_text.h"
#include "text_keys.h"

namespace chidao {
namespace {

using store_internal::ForEachToken;
using store_internal::HasDiacritics;
using store_internal::HasToken;
using store_internal::KeyKind;

constexpr std::size_t kMaxQueryBytes = 2000;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Quote characters users type: ASCII " and the curly “ ” word processors produce.
std::size_t QuoteLength(std::string_view s, std::size_t i) {
  if (s[i] == '"') return 1;
  if (s.compare(i, 3, "\u201C") == 0 || s.compare(i, 3, "\u201D") == 0) return 3;
  return 0;
}

std::string QuoteForFts(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';  // FTS5 escapes a quote inside a string by doubling it
    out += c;
  }
  out += '"';
  return out;
}

std::string RenderTerm(const QueryTerm& t) {
  return QuoteForFts(t.text) + (t.prefix ? " *" : "");
}

// The words of `term` typed with diacritics, each as an FTS5 string, for the exact index.
void AppendExactWords(const QueryTerm& term, std::vector<std::string>& out) {
  ForEachToken(term.text, KeyKind::kFold, [&](std::string_view, std::size_t b, std::size_t e) {
    std::string_view word = std::string_view(term.text).substr(b, e - b);
    if (HasDiacritics(word)) out.push_back(QuoteForFts(word));
    return true;
  });
}

std::string Join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// Splits the user's text into raw terms following the grammar.
std::vector<QueryTerm> Lex(std::string_view s) {
  std::vector<QueryTerm> terms;
  std::size_t i = 0;
  while (i < s.size()) {
    if (IsSpace(s[i])) {
      ++i;
      continue;
    }
    QueryTerm term;
    if (s[i] == '-' && i + 1 < s.size() && !IsSpace(s[i + 1])) {
      term.negated = true;
      ++i;
    }
    if (std::size_t q = QuoteLength(s, i); q > 0) {
      i += q;
      std::size_t end = i;
      while (end < s.size() && QuoteLength(s, end) == 0) ++end;
      term.text = std::string(s.substr(i, end - i));
      term.phrase = true;
      i = end < s.size() ? end + QuoteLength(s, end) : end;  // an unclosed quote runs to the end
    } else {
      std::size_t end = i;
      while (end < s.size() && !IsSpace(s[end]) && QuoteLength(s, end) == 0) ++end;
      term.text = std::string(s.substr(i, end - i));
      i = end;
    }
    // "word*" or "phrase"* is a prefix search on its last word.
    while (!term.text.empty() && term.text.back() == '*') {
      term.text.pop_back();
      term.prefix = true;
    }
    if (i < s.size() && s[i] == '*') {
      term.prefix = true;
      while (i < s.size() && s[i] == '*') ++i;
    }
    // A prefix only makes sense when the text ends in a word character: "tiem-*" is "tiem".
    if (term.prefix && !term.text.empty()) {
      std::size_t last = term.text.size();
      bool ends_in_word = false;
      ForEachToken(term.text, KeyKind::kFold, [&](std::string_view, std::size_t, std::size_t e) {
        ends_in_word = e == last;
        return true;
      });
      term.prefix = ends_in_word;
    }
    if (HasToken(term.text)) terms.push_back(std::move(term));
  }
  return terms;
}

}  // namespace

std::string DocumentCodeKey(std::string_view code) {
  std::string out;
  for (char c : ToUpper(ToNfc(code))) {
    if (!IsSpace(c)) out += c;
  }
  return out;
}

std::string DocumentCodeFoldKey(std::string_view code) {
  std::string out;
  for (char c : FoldDiacritics(code)) {
    if (!IsSpace(c)) out += c;
  }
  return out;
}

std::optional<std::string> AsDocumentCode(std::string_view text) {
  // Every code has a '/', and most queries have none: they need not compile the patterns
  // below, whose Unicode classes cost 36 million instructions (~10 ms) to build, once per
  // `chidao search` process, as much as the search itself.
  if (text.find('/') == std::string_view::npos) return std::nullopt;
  std::string compact;
  for (char c : ToNfc(text)) {
    if (!IsSpace(c)) compact += c;
  }
  // A leading "Số:" / "số" / "so" is how codes are written on paper.
  static const RE2 kLabel(R"((?i)^(?:số|so|sô)[:.]?(\d.*)$)");
  std::string rest;
  if (RE2::FullMatch(compact, kLabel, &rest)) compact = rest;
  // State and công văn: 3279/KH-UBND, 6325/UBND-KGVX, 30/2020/NĐ-CP, 12a/CT-UBND.
  static const RE2 kState(R"(^\d{1,6}[a-zA-Z]?(?:/\d{4})?/[\p{L}\d]*\p{L}[\p{L}\d]*(?:-[\p{L}\d]+)*$)");
  // Party: 91-CV/TU, 05-NQ/TU, 20-KL/TW.
  static const RE2 kParty(R"(^\d{1,6}-\p{L}+/[\p{L}\d]+(?:-[\p{L}\d]+)*$)");
  if (compact.size() > 64) return std::nullopt;
  if (RE2::FullMatch(compact, kState) || RE2::FullMatch(compact, kParty)) return compact;
  return std::nullopt;
}

Result<SearchQuery> ParseSearchQuery(std::string_view user_text) {
  if (user_text.size() > kMaxQueryBytes) {
    return Status::InvalidArgument("the query is too long (" + std::to_string(user_text.size()) +
                                   " bytes; at most " + std::to_string(kMaxQueryBytes) + ")");
  }
  // Control characters (NUL included: FTS5 reads a string up to the first NUL) separate words.
  std::string cleaned(user_text);
  for (char& c : cleaned) {
    if (static_cast<unsigned char>(c) < 0x20 || c == '\x7F') c = ' ';
  }
  std::string text = NormalizeVietnamese(cleaned);
  SearchQuery query;
  query.code = AsDocumentCode(text);
  query.terms = Lex(text);
  if (query.terms.empty()) {
    return Status::InvalidArgument("the query has no words to search for (only punctuation "
                                   "or spaces): type some words, a \"phrase\" or a số ký hiệu");
  }
  if (query.terms.size() > static_cast<std::size_t>(kMaxTerms)) {
    return Status::InvalidArgument("the query has " + std::to_string(query.terms.size()) +
                                   " terms; at most " + std::to_string(kMaxTerms) + " are allowed");
  }
  std::vector<std::string> positive;
  std::vector<std::string> negative;
  std::vector<std::string> exact;
  for (QueryTerm& term : query.terms) {
    term.diacritics = HasDiacritics(term.text);
    (term.negated ? negative : positive).push_back(RenderTerm(term));
    if (!term.negated && !term.prefix && term.diacritics) AppendExactWords(term, exact);
  }
  if (positive.empty()) {
    return Status::InvalidArgument("the query only excludes words (-word): add a word to find");
  }
  query.fold_match = Join(positive, " AND ");
  for (const std::string& n : negative) query.fold_match = "(" + query.fold_match + ") NOT " + n;
  query.exact_match = Join(exact, " AND ");
  query.positive_terms = static_cast<int>(positive.size());
  query.plain_words = negative.empty() && positive.size() >= 2 &&
                      std::none_of(query.terms.begin(), query.terms.end(),
                                   [](const QueryTerm& t) { return t.phrase || t.prefix; });
  return query;
}

}  // namespace chidao
