#!/usr/bin/env bash
# `chidao search` as staff type it, on the sample corpus plus a few small directives:
#  * every FTS-hostile query (quotes, *, NEAR, -, :, ^, +, AND/OR/NOT, parentheses, empty,
#    blanks, 10 kB, invalid UTF-8, control characters) gives results (exit 0) or exactly one
#    line "chidao: search: ..." and exit 2; never an SQL/FTS5 error, never a raw control
#    character echoed to the terminal;
#  * the flags: --body, --type, --since, --until, --limit, --json; a số ký hiệu; a phrase;
#    "thể" ranks "thể" before "thế"; "hoà" and "hòa" find each other.
set -uo pipefail
bin=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/chidao-search-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
search_json() {  # search_json FILE ARGS...: chidao search --json into FILE, exit 0 required
  local file=$1; shift
  "$bin" search --db a.db --json "$@" >"$file" 2>err || { bad "search $* failed: $(cat err)"; return 1; }
}
check() {  # check NAME FILE PYTHON: asserts over d = the JSON in FILE
  python3 - "$2" "$3" <<'EOF' && ok "$1" || bad "$1"
import json, sys
d = json.load(open(sys.argv[1]))
hits = d.get("hits", []) if isinstance(d, dict) else d
exec(sys.argv[2])
EOF
}

mkdir in
cp "$root"/corpus/seeds/*.txt in/
cat > in/the.txt <<'EOF'
UBND TỈNH THÁI NGUYÊN
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 41/TB-SVHTTDL
THÔNG BÁO
Về việc tổ chức Hội khỏe Phù Đổng
Sở Văn hóa, Thể thao và Du lịch thông báo tổ chức thể dục thể thao cho cán bộ, công chức,
viên chức toàn ngành; các phòng chuyên môn phối hợp chuẩn bị sân bãi, trang thiết bị.
EOF
cat > in/thegioi.txt <<'EOF'
TỈNH ỦY THÁI NGUYÊN
Số: 77-CT/TU
CHỈ THỊ
Về xây dựng thế trận lòng dân
Các cấp ủy xây dựng thế trận lòng dân vững chắc, tạo thế chủ động, phát huy thế mạnh của
địa phương; thế hệ trẻ tham gia tích cực phong trào bảo vệ an ninh Tổ quốc.
EOF
cat > in/hoa.txt <<'EOF'
UBND TỈNH QUẢNG NINH
Số: 12/KH-UBND
KẾ HOẠCH
Về công tác hòa giải ở cơ sở năm 2024
Các tổ hòa giải ở cơ sở tiếp tục củng cố, kiện toàn; Sở Tư pháp hướng dẫn nghiệp vụ hòa
giải cho hòa giải viên trên địa bàn tỉnh.
EOF
"$bin" import in --db a.db --quiet || { bad "import of the test corpus"; exit 1; }

# Hostile queries: each answered, or refused with one line and exit 2.
long=$(head -c 10240 /dev/zero | tr '\0' 'a')
queries=('"' '""' '"tiem' 'tiem"' 'a"b"c' '*' '**' 'tiem*vac' '* tiem' 'tiem *' 'NEAR' 'NEAR('
         'NEAR(tiem vac)' 'tiem NEAR/2 vac' '-' '--' '-tiem' 'tiem -' ':' 'a:b' 'text:tiem'
         '^' '^tiem' '+' '+tiem' 'AND' 'OR' 'NOT' 'tiem AND' 'OR tiem' 'NOT NOT' '(' ')'
         '((tiem' 'tiem))' '(a OR b' '' ' ' $'   \t ' "$long" $'\xff\xfe' $'tiem\xff'
         $'\xc3\x28' $'\x01\x02' $'tiem\x1b[2J' $'\x7f' "'; DROP TABLE documents; --")
for q in "${queries[@]}"; do
  "$bin" search --db a.db -- "$q" >out 2>err
  code=$?
  shown=$(printf '%q' "$q" | head -c 40)
  if [[ $code -eq 0 ]]; then
    [[ -s err ]] && bad "query $shown: exit 0 but stderr: $(head -c 200 err)"
  elif [[ $code -eq 2 ]]; then
    [[ $(wc -l <err) -eq 1 ]] || bad "query $shown: refused with $(wc -l <err) lines on stderr"
    grep -q '^chidao: search: ' err || bad "query $shown: refusal is not 'chidao: search: ...': $(cat err)"
  else
    bad "query $shown: exit $code: $(head -c 200 err)"
  fi
  grep -qi 'sql\|fts5\|syntax error' out err && bad "query $shown: SQL leaked: $(cat err)"
  LC_ALL=C grep -q $'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]' out err && bad "query $shown: control character echoed"
  "$bin" search --db a.db --json -- "$q" >out 2>err
  code=$?
  if [[ $code -eq 0 ]]; then
    python3 -c 'import json,sys; json.load(open(sys.argv[1]))' out || bad "query $shown: --json is not JSON"
  elif [[ $code -ne 2 ]]; then
    bad "query $shown --json: exit $code"
  fi
done
ok "${#queries[@]} hostile queries answered or refused in one line, text and --json"
"$bin" search --db a.db -- "" >out 2>err
[[ $? -eq 2 ]] && grep -q 'no words' err && ok "an empty query is refused" || bad "empty query: $(cat err)"
"$bin" search --db a.db -- "$long" >out 2>err
[[ $? -eq 2 ]] && grep -q 'too long' err && ok "a 10 kB query is refused as too long" || bad "10 kB query: $(cat err)"

# Flags and query forms.
search_json o tiem vac xin && check "words typed without diacritics find 'tiêm vắc xin'" o \
  'assert d["total"] >= 3 and all(h["snippet"]["marks"] for h in hits), d["total"]'
search_json o tiem vac xin --limit 2 && check "--limit 2 shows two of the matches" o \
  'assert len(hits) == 2 and d["total"] > 2'
search_json o covid --type "Kế hoạch" && check "--type 'Kế hoạch' keeps only plans" o \
  'assert hits and all(h["type"] == "Kế hoạch" for h in hits), [h["type"] for h in hits]'
search_json o covid --type kh && check "--type kh (the code, lower case) does the same" o \
  'assert hits and all(h["type"] == "Kế hoạch" for h in hits), [h["type"] for h in hits]'
search_json o covid --since 2021-10-01 && check "--since 2021-10-01 keeps later directives" o \
  'assert hits and all(h.get("date") and h["date"] >= "2021-10-01" for h in hits)'
search_json o covid --until 15/10/2021 && check "--until 15/10/2021 (Vietnamese form) keeps earlier ones" o \
  'assert hits and all(h.get("date") and h["date"] <= "2021-10-15" for h in hits)'
search_json all covid
if search_json o covid --body "so y te"; then
  check "--body 'so y te' narrows the matches" o \
    'import json; assert 0 < len(hits) < len(json.load(open("all"))["hits"])'
  for id in $(python3 -c 'import json,sys; print(*[h["document_id"] for h in json.load(open(sys.argv[1]))["hits"]])' o); do
    "$bin" show "$id" --db a.db --json >doc 2>err
    check "--body: document #$id gives Sở Y tế a task" doc \
      'assert any(b["name"] == "Sở Y tế" for t in d["task_list"] for b in t["lead"] + t["support"])'
  done
fi
"$bin" search --db a.db covid --body "Sở Không Có" >out 2>err
[[ $? -eq 2 && $(wc -l <err) -eq 1 ]] && ok "--body naming no body is refused in one line" || bad "--body unknown: $(cat err)"
search_json o 3279/KH-UBND && check "a số ký hiệu finds its document by code" o \
  'assert d["code_query"] and hits[0]["match"] == "code" and hits[0]["code"] == "3279/KH-UBND"'
search_json o 3279/kh-ubnd && check "a số ký hiệu typed in lower case too" o \
  'assert hits[0]["code"] == "3279/KH-UBND"'
search_json o '"thế trận lòng dân"' && check "a phrase finds the words side by side" o \
  'assert [h["code"] for h in hits] == ["77-CT/TU"], hits'
search_json o '"lòng thế trận"' && check "the same words in another order are not the phrase" o \
  'assert hits == []'
search_json o thể && check "'thể' ranks the directive with 'thể' first, before 'thế'" o \
  'assert hits[0]["code"] == "41/TB-SVHTTDL" and hits[0]["exact"], [(h["code"], h["exact"]) for h in hits]'
search_json o thế && check "'thế' ranks the directive with 'thế' first" o \
  'assert hits[0]["code"] == "77-CT/TU", [h["code"] for h in hits]'
search_json o hoà giải && check "'hoà giải' (old tone placement) finds 'hòa giải', as exact" o \
  'assert hits[0]["code"] == "12/KH-UBND" and hits[0]["exact"], hits[0]'
search_json o hoa giai && check "'hoa giai' finds it too" o 'assert hits[0]["code"] == "12/KH-UBND"'
exit $fail
