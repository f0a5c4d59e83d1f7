// Fuzzes the search-query sanitiser, the one place where user text meets FTS5 syntax. Every
// accepted query must give MATCH expressions that FTS5 itself accepts: this target runs them
// against an in-memory FTS5 table, so a syntax error FTS5 would raise is a finding here.
#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "chidao/search_query.h"

namespace {

void Require(bool condition) {
  if (!condition) std::abort();
}

// One in-memory FTS5 table for the whole run; the default tokenizer is enough to check syntax.
sqlite3_stmt* MatchStatement() {
  static sqlite3_stmt* statement = [] {
    sqlite3* db = nullptr;
    Require(sqlite3_open(":memory:", &db) == SQLITE_OK);
    Require(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(x)", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    Require(sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?1", -1, &s,
                               nullptr) == SQLITE_OK);
    return s;
  }();
  return statement;
}

void RequireFts5Accepts(const std::string& expression) {
  if (expression.empty()) return;
  sqlite3_stmt* s = MatchStatement();
  sqlite3_reset(s);
  sqlite3_bind_text(s, 1, expression.data(), static_cast<int>(expression.size()),
                    SQLITE_TRANSIENT);
  Require(sqlite3_step(s) == SQLITE_ROW);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto query = chidao::ParseSearchQuery(text);
  if (query.ok()) {
    const chidao::SearchQuery& q = query.value();
    Require(q.positive_terms >= 1 && q.positive_terms <= chidao::kMaxTerms);
    Require(!q.fold_match.empty());
    RequireFts5Accepts(q.fold_match);
    RequireFts5Accepts(q.exact_match);
  } else {
    Require(!query.status().message().empty());
  }
  if (auto code = chidao::AsDocumentCode(text)) {
    Require(!code->empty());
    Require(chidao::DocumentCodeKey(*code) == chidao::DocumentCodeKey(chidao::DocumentCodeKey(*code)));
  }
  (void)chidao::DocumentCodeFoldKey(text);
  return 0;
}
