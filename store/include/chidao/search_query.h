// The search-query sanitiser: what a user types → safe FTS5 MATCH expressions.
//
// Users type words, not FTS5 syntax, and FTS5's syntax errors must never reach them. So the
// user's text is read with a small grammar of our own and FTS5 expressions are written from
// scratch: every word or phrase becomes a double-quoted FTS5 string (quotes doubled), so
// `*`, `:`, `^`, `NEAR`, `AND`, parentheses and column filters typed by a user are plain text
// to FTS5, split into words by chidao's tokenizer. The grammar:
//   word            a word to find (ANDed with the others)
//   "a phrase"      consecutive words; “curly quotes” too; an unclosed quote runs to the end
//   word*           a prefix ("tiem*" finds tiêm, tiếm...)
//   -word, -"..."   exclude documents containing it (needs at least one word to find)
// Anything without a letter or digit is ignored; a query left with nothing to find, or with
// more than kMaxTerms terms, is rejected with a message for the user.
// The expressions are values bound to a statement parameter, never SQL text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chidao/status.h"

namespace chidao {

struct QueryTerm {
  std::string text;      // NFC, as typed (quotes and operators removed)
  bool phrase = false;   // came from "..."
  bool prefix = false;   // ended with *
  bool negated = false;  // preceded by -
  bool diacritics = false;  // carries Vietnamese marks or đ (folding changes it)
};

struct SearchQuery {
  std::vector<QueryTerm> terms;
  // For the folded index: every term, diacritics ignored.
  std::string fold_match;
  // For the exact index: the non-negated, non-prefix terms typed with diacritics, ANDed word
  // by word; empty when the user typed none (then exact-first ranking does not apply).
  std::string exact_match;
  // How many terms are to be found (not excluded): fold_match lists them first.
  int positive_terms = 0;
  // The query is two or more plain words (no phrase, prefix or exclusion): pages where they
  // stand side by side as typed ("đào tạo cán bộ") rank before pages where they are apart.
  bool plain_words = false;
  // Set when the whole query is a số ký hiệu: its canonical spelling ("91-CV/TU").
  std::optional<std::string> code;
};

inline constexpr int kMaxTerms = 32;

Result<SearchQuery> ParseSearchQuery(std::string_view user_text);

// "Số: 91 - CV/TU" → "91-CV/TU" when the text is a số ký hiệu (state, công văn, normative
// or Party form), else nullopt. Dates such as "11/10/2021" are not codes.
std::optional<std::string> AsDocumentCode(std::string_view text);

// The key codes are compared by: canonical spelling, upper case, spaces removed, NFC.
// "128/nq-cp" and "128/NQ-CP" share a key; "QĐ" and "QyĐ", "HD" and "HĐ" do not.
std::string DocumentCodeKey(std::string_view code);
// A looser key for codes read by OCR, which loses Đ ("ĐU" read as "DU"): also folded.
std::string DocumentCodeFoldKey(std::string_view code);

}  // namespace chidao
