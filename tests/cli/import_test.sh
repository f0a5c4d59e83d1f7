#!/usr/bin/env bash
# `chidao import` / search / docs / show / bodies on the sample corpus, as a user runs them:
# exit codes, "already imported" on re-import, a bad file reported and skipped, --db and
# CHIDAO_DB, a 0600 archive, JSON that parses, and hostile search queries answered cleanly.
set -uo pipefail
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/chidao-import-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
expect() {  # expect NAME CODE CMD...: runs CMD, output in out/err
  local name=$1 want=$2; shift 2
  "$@" >out 2>err
  local got=$?
  if [[ $got -eq $want ]]; then ok "$name"; else bad "$name: exit $got, want $want"; cat err; fi
}
json_ok() { python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1"; }

mkdir -p in/sub
cp "$root"/corpus/seeds/*.txt in/
cp "$root"/corpus/extra/010-*.txt in/sub/
: > in/broken.txt  # zero bytes: always refused (a UTF-16 BOM + junk decodes as text)
echo "not imported" > in/notes.md

expect "import a folder with one bad file exits 1" 1 "$bin" import in --db a.db
grep -q "^chidao: in/broken.txt: " err || bad "bad file reported as 'chidao: FILE: reason'"
[[ $(grep -c "^imported #" out) -eq 6 ]] || bad "six files imported (recursive, by extension)"
grep -q "notes.md" out err && bad "a .md file in a folder is not imported"
[[ $(stat -c %a a.db) == 600 ]] && ok "archive created 0600" || bad "archive mode $(stat -c %a a.db)"

expect "re-import is a no-op" 1 "$bin" import in --db a.db
[[ $(grep -c "^already imported: " out) -eq 6 ]] || bad "six files reported already imported"
grep -q "^0 imported" out || bad "summary says 0 imported"

expect "a single good file exits 0" 0 "$bin" import "$root/corpus/extra/030-cd-phong-chay-rung-nang-nong-quang-tri.txt" --db a.db
expect "a single unreadable file exits 2" 2 "$bin" import in/broken.txt --db a.db
expect "a missing path exits 2" 2 "$bin" import /nonexistent/x.pdf --db a.db
expect "--quiet prints nothing on success" 0 "$bin" import "$root/corpus/holdout" --db a.db -q
[[ -s out ]] && bad "--quiet printed: $(head -1 out)"

CHIDAO_DB=a.db expect "CHIDAO_DB names the archive" 0 "$bin" docs
want_docs=$((6 + 1 + $(ls "$root"/corpus/holdout/*.txt | wc -l)))  # folder, 030, holdout
[[ $(grep -c "^#" out) -eq $want_docs ]] || bad "docs lists $want_docs documents: $(grep -c '^#' out)"
expect "docs --json" 0 "$bin" docs --db a.db --json
json_ok out || bad "docs --json is JSON"
expect "no archive: read commands refuse" 2 "$bin" docs --db missing.db
[[ -e missing.db ]] && bad "a read command created an archive"

expect "search without diacritics" 0 "$bin" search tiem vac xin --db a.db
grep -q "«" out || bad "snippet has «» marks when not on a terminal"
expect "search --json" 0 "$bin" search "phòng chống dịch" --db a.db --json --limit 5
json_ok out || bad "search --json is JSON"
expect "search by số ký hiệu" 0 "$bin" search 6325/UBND-KGVX --db a.db --json
python3 - out <<'EOF' || bad "code search finds document 6325/UBND-KGVX by its code"
import json, sys
hits = json.load(open(sys.argv[1]))["hits"]
assert any(h["match"] == "code" and h["code"] == "6325/UBND-KGVX" for h in hits), hits
EOF
for q in '"' '*' 'NEAR(a b)' '(((' 'a:b' '^x' '-'; do
  "$bin" search -- "$q" --db a.db >out 2>err
  code=$?
  if [[ $code -ne 0 && $code -ne 2 ]] || grep -qi "sql\|fts5" err; then
    bad "hostile query '$q' (exit $code): $(cat err)"
  fi
done
ok "hostile queries answered or refused with a message"
expect "bad --since is a usage error" 2 "$bin" search x --since yesterday --db a.db

id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["id"])' <("$bin" docs --db a.db --json))
expect "show by id" 0 "$bin" show "$id" --db a.db
expect "show --json" 0 "$bin" show "#$id" --db a.db --json
json_ok out || bad "show --json is JSON"
expect "show by code" 0 "$bin" show 3279/KH-UBND --db a.db
expect "show unknown" 2 "$bin" show 99999 --db a.db
expect "bodies --json" 0 "$bin" bodies --db a.db --json
json_ok out || bad "bodies --json is JSON"
exit $fail
