#!/usr/bin/env bash
# Two `chidao import` processes and a searching process on one archive at once: all succeed,
# and the archive ends with every document once (issue 5, concurrency).
set -uo pipefail
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/chidao-concurrency.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/store_gen.py" --count 60 --out "$work/a" --seed 1 >/dev/null
python3 "$root/bench/store_gen.py" --count 60 --out "$work/b" --seed 2 >/dev/null
cp "$root"/corpus/seeds/*.txt "$work/a/"
cp "$root"/corpus/seeds/*.txt "$work/b/"  # both batches hold these: stored once
db=$work/shared.db
"$bin" import "$root/corpus/extra" --db "$db" -q || { echo "FAIL first import"; exit 1; }
"$bin" import "$work/a" --db "$db" -q --jobs 1 2>"$work/a.err" & pa=$!
"$bin" import "$work/b" --db "$db" -q --jobs 1 2>"$work/b.err" & pb=$!
searches=0 search_fail=0
while kill -0 $pa 2>/dev/null || kill -0 $pb 2>/dev/null; do
  "$bin" search tiem vac xin --db "$db" --json >/dev/null 2>"$work/s.err" || { search_fail=1; cat "$work/s.err"; }
  searches=$((searches + 1))
done
wait $pa; ca=$?
wait $pb; cb=$?
docs=$(sqlite3 "$db" "SELECT count(*) FROM documents")
want=$(find "$work/a" "$work/b" "$root/corpus/extra" -name '*.txt' -exec sha256sum {} + |
       awk '{print $1}' | sort -u | wc -l)
integrity=$(sqlite3 "$db" "PRAGMA integrity_check")
echo "imports exited $ca and $cb; $searches searches during them; $docs/$want documents"
[[ $ca -eq 0 && $cb -eq 0 && $search_fail -eq 0 && $docs -eq $want && $integrity == ok ]] || {
  echo "FAIL"; cat "$work/a.err" "$work/b.err"; exit 1; }
echo "ok"
