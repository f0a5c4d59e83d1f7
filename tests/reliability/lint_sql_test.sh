#!/usr/bin/env bash
# scripts/lint-sql: the real tree is clean, and every way of building SQL at run time planted in
# a scratch file is caught (one report per planted line), while the project's own idioms
# (literals, raw literals, bound values, optional filters written as "?1 IS NULL OR") are not.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lint=$root/scripts/lint-sql
work=$(mktemp -d /tmp/chidao-lint-sql.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail=0

if ! "$lint" >"$work/out" 2>&1; then
  echo "FAIL the tree has SQL built at run time:"; cat "$work/out"; fail=1
else
  echo "ok   store/ and cli/ are clean"
fi

cat >"$work/planted.cpp" <<'CPP'
void Planted(SQLite::Database& db, const std::string& code, int id) {
  db.exec("DELETE FROM documents WHERE code = '" + code + "'");                  // BAD 2
  auto q = fmt::format("SELECT * FROM tasks WHERE id = {}", id);                  // BAD 3
  std::string sql = "SELECT id FROM documents WHERE 1";                           // ok 4
  sql += " AND code = '" + code + "'";                                            // BAD 5
  std::ostringstream s; s << "UPDATE tasks SET text = " << code;                  // BAD 6
  char* z = sqlite3_mprintf("INSERT INTO t VALUES(%Q)", code.c_str());            // BAD 7
  SQLite::Statement st(db, (std::string("SELECT ") + code).c_str());              // BAD 8
  db.exec(std::to_string(id) + " ");                                              // BAD 9
  std::string where = std::string(" WHERE id = ") + std::to_string(id);           // BAD 10
}
CPP
cat >"$work/clean.cpp" <<'CPP'
void Clean(SQLite::Database& db, const std::string& code, int id) {
  SQLite::Statement q(db, R"sql(SELECT id FROM documents
      WHERE (?1 IS NULL OR code = ?1) AND id > ?2)sql");
  q.bind(1, code);
  q.bind(2, id);
  db.exec("PRAGMA foreign_keys = ON");
  std::string mode = db.execAndGet("PRAGMA journal_mode = WAL").getString();
  std::string message = "cannot switch (journal: " + mode + ")";
  std::string label = "Kế hoạch số " + code;  // text for people, not SQL
  const char* sql = "SELECT count(*) FROM tasks WHERE document_id = ?";
  SQLite::Statement count(db, sql);
  char quote = '"';
  (void)quote;
}
CPP
"$lint" "$work/planted.cpp" >"$work/planted.out" 2>/dev/null
got=$(sed -n 's/^.*planted.cpp:\([0-9]*\):.*/\1/p' "$work/planted.out" | sort -n | uniq | tr '\n' ' ')
want="2 3 5 6 7 8 9 10 "
if [[ $got == "$want" ]]; then
  echo "ok   every planted violation reported (lines $got)"
else
  echo "FAIL planted violations: reported lines '$got', want '$want'"; cat "$work/planted.out"; fail=1
fi
if "$lint" "$work/clean.cpp" >"$work/clean.out" 2>/dev/null; then
  echo "ok   the project's idioms pass"
else
  echo "FAIL false positives:"; cat "$work/clean.out"; fail=1
fi
exit $fail
