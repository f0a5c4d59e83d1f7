#!/usr/bin/env bash
# The tracking commands on the corpus (seeds + extra) as staff run them: tasks by body (three
# spellings and an alias), roles, ambiguity; status and history (append-only: two statuses
# are two rows, nothing overwritten, the tables refuse UPDATE/DELETE); edit / add-task /
# drop-task recorded old → new and marked in tasks, show and the checklist; due and overdue
# on a fixed --today; the checklist in every format (xlsx opened as a zip); the report in
# every format. Usage: tracking_test.sh CHIDAO_BINARY
set -uo pipefail
bin=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/chidao-tracking-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"
export CHIDAO_DB=$work/t.db OMP_THREAD_LIMIT=1
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
expect() {  # expect NAME CODE CMD...: runs CMD, output in out/err
  local name=$1 want=$2; shift 2
  "$@" >out 2>err
  local got=$?
  if [[ $got -eq $want ]]; then ok "$name"; else bad "$name: exit $got, want $want"; cat err; fi
}
py() { python3 - "$@"; }  # python3 reading a script on stdin, arguments after it

expect "import the corpus" 0 "$bin" import "$root/corpus/seeds" "$root/corpus/extra" --quiet
[[ $fail -eq 0 ]] || exit 1

# --- tasks by body: spellings, alias, roles, ambiguity ---------------------------------------
expect "tasks --body 'Sở Y tế'" 0 "$bin" tasks --body "Sở Y tế"
want=$(tail -n 1 out)
[[ $want =~ ^[1-9][0-9]*\ nhiệm\ vụ ]] || bad "Sở Y tế has tasks: '$want'"
for name in "so y te" "SỞ Y TẾ" "giam doc so y te"; do
  expect "tasks --body '$name'" 0 "$bin" tasks --body "$name"
  head -n 1 out | grep -qx "Cơ quan: Sở Y tế" || bad "'$name' resolves to Sở Y tế"
  [[ $(tail -n 1 out) == "$want" ]] || bad "'$name' lists the same tasks: $(tail -n 1 out)"
done
# "y te" is Sở Y tế only while no other "... Y tế" body has tasks (the corpus may have some).
"$bin" tasks --body "y te" >out 2>err
code=$?
case $code in
  0) head -n 1 out | grep -qx "Cơ quan: Sở Y tế" && ok "'y te' resolves to Sở Y tế" || bad "'y te': $(head -n 1 out)" ;;
  2) grep -q "Sở Y tế" err && ok "'y te' is ambiguous here and lists Sở Y tế" || bad "'y te': $(cat err)" ;;
  *) bad "'y te': exit $code" ;;
esac
expect "an ambiguous name is a usage error" 2 "$bin" tasks --body "so giao"
grep -q "Sở Giáo dục và Đào tạo" err && grep -q "Sở Giao thông Vận tải" err \
  && ok "the candidates are listed" || bad "candidates listed: $(cat err)"
expect "an unknown body is a usage error" 2 "$bin" tasks --body "Sở Du lịch Hỏa tinh"
expect "tasks --json" 0 "$bin" tasks --body "so y te" --json
cp out health.json
expect "lead only" 0 "$bin" tasks --body "so y te" --role lead --json
cp out lead.json
expect "support only" 0 "$bin" tasks --body "so y te" --role support --json
cp out support.json
py health.json lead.json support.json <<'PY' && ok "roles split the tasks: every task once, role as asked" || bad "roles"
import json, sys
allt, lead, sup = (json.load(open(f)) for f in sys.argv[1:4])
assert len(allt) == len(lead) + len(sup) and lead and sup, (len(allt), len(lead), len(sup))
assert all(t["role"] == "lead" and "Sở Y tế" in t["lead"] for t in lead)
assert all(t["role"] == "support" and "Sở Y tế" in t["support"] for t in sup)
assert all(t["id"] > 0 and t["document"]["id"] > 0 for t in allt)
PY
expect "a bad --role is refused" 2 "$bin" tasks --role boss
expect "a bad --due-before is refused" 2 "$bin" tasks --due-before 31/02/2021

# The task to track: the first task with a dated deadline and a lead body, and its document.
"$bin" tasks --json > all.json
read -r tid doc due < <(py all.json <<'PY'
import json, sys
for t in json.load(open(sys.argv[1])):
    if t["deadline"] and t["deadline"]["kind"] in ("date", "period") and t["deadline"]["date"] and t["lead"]:
        print(t["id"], t["document"]["id"], t["deadline"]["date"]); break
PY
)
[[ -n ${tid:-} ]] && ok "a dated task to track: #$tid due $due" || { bad "no dated task"; exit 1; }
tbody=$(py all.json "$tid" <<'PY'
import json, sys
print({t["id"]: t for t in json.load(open(sys.argv[1]))}[int(sys.argv[2])]["lead"][0])
PY
)
dmy() { date -d "$1 $2 days" +%d/%m/%Y; }

# --- status and history --------------------------------------------------------------------
expect "status in-progress" 0 "$bin" status "$tid" in-progress --note "đang triển khai" --on "$(dmy "$due" -10)"
grep -q "Đang thực hiện" out || bad "status printed in Vietnamese"
expect "status done (late)" 0 "$bin" status "#$tid" done --note "đã báo cáo" --on "$(dmy "$due" 2)"
expect "history --json" 0 "$bin" history "$tid" --json
py out <<'PY' && ok "two statuses are two history rows, the first unchanged" || bad "history rows"
import json, sys
h = [e for e in json.load(open(sys.argv[1]))["history"] if e["type"] == "status"]
assert [e["status"] for e in h] == ["in-progress", "done"], h
assert h[0]["note"] == "đang triển khai" and h[1]["note"] == "đã báo cáo"
assert all(e["user"] and e["recorded_at"] for e in h)
PY
expect "history (text)" 0 "$bin" history "$tid"
grep -q "trạng thái → Đang thực hiện" out && grep -q "trạng thái → Hoàn thành" out \
  && ok "history shows both entries" || bad "history text"
py "$CHIDAO_DB" "$tid" <<'PY' && ok "task_status refuses UPDATE and DELETE" || bad "append-only"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for sql in ("UPDATE task_status SET status='open'", "DELETE FROM task_status"):
    try:
        db.execute(sql); db.commit(); raise SystemExit("allowed: " + sql)
    except sqlite3.DatabaseError as e:
        assert "append-only" in str(e), e
assert db.execute("SELECT count(*) FROM task_status WHERE task_id=?", (int(sys.argv[2]),)).fetchone()[0] == 2
PY
expect "tasks --status done" 0 "$bin" tasks --status done --json
py out "$tid" <<'PY' && ok "the done task is listed as done, hoàn thành quá hạn" || bad "status filter"
import json, sys
t = json.load(open(sys.argv[1]))
assert [x["id"] for x in t] == [int(sys.argv[2])], t
assert t[0]["status"]["key"] == "done" and t[0]["state"]["key"] == "done-late", t[0]
PY
expect "an unknown status is refused" 2 "$bin" status "$tid" finished
expect "an unknown task is refused" 2 "$bin" status 999999 done
expect "a bad task id is refused" 2 "$bin" status abc done
expect "a bad --on is refused" 2 "$bin" status "$tid" done --on 2021-13-01

# --- corrections ---------------------------------------------------------------------------
read -r eid edoc < <(py health.json "$tid" <<'PY'
import json, sys
for t in json.load(open(sys.argv[1])):
    if t["id"] != int(sys.argv[2]) and t["role"] == "lead": print(t["id"], t["document"]["id"]); break
PY
)
expect "edit needs a field" 2 "$bin" edit "$eid"
expect "edit refuses an unreadable deadline" 2 "$bin" edit "$eid" --deadline "khi nào rảnh"
expect "edit" 0 "$bin" edit "$eid" --text "Tổ chức kiểm tra an toàn thực phẩm tại bếp ăn tập thể." \
  --deadline "trong quý I/2022" --support "cong an tinh" --note "sửa theo bản giấy"
grep -q "đã sửa 3 trường" out || bad "three fields changed: $(head -n 1 out)"
grep -q "✎ đã sửa: nội dung, cơ quan phối hợp, hạn" out && ok "edit shows the corrected fields" \
  || bad "corrected fields shown: $(cat out)"
expect "the same edit again" 0 "$bin" edit "$eid" --deadline "trong quý I/2022"
grep -q "không có gì thay đổi" out || bad "a repeated edit records nothing"
expect "history after edit" 0 "$bin" history "$eid" --json
py out <<'PY' && ok "each correction is recorded old → new" || bad "edit records"
import json, sys
e = {x["field"]: x for x in json.load(open(sys.argv[1]))["history"] if x["type"] == "edit"}
assert set(e) == {"text", "support", "deadline"}, e.keys()
assert e["text"]["new"] == "Tổ chức kiểm tra an toàn thực phẩm tại bếp ăn tập thể."
assert e["text"]["old"] and e["text"]["old"] != e["text"]["new"]
assert "Công an tỉnh" in json.loads(e["support"]["new"])
assert json.loads(e["deadline"]["new"])["date"] == "2022-03-31"
assert all(x["note"] == "sửa theo bản giấy" for x in e.values())
PY
expect "tasks marks corrected fields" 0 "$bin" tasks --doc "$edoc" --json
py out "$eid" <<'PY' && ok "tasks --json lists the corrected fields" || bad "tasks corrected"
import json, sys
t = {x["id"]: x for x in json.load(open(sys.argv[1]))}[int(sys.argv[2])]
assert t["corrected"] == ["text", "support", "deadline"], t["corrected"]
assert t["text"] == "Tổ chức kiểm tra an toàn thực phẩm tại bếp ăn tập thể."
PY
expect "show marks corrected tasks" 0 "$bin" show "$edoc"
grep -q "✎ đã sửa: nội dung, phối hợp, hạn (chidao history $eid)" out && ok "show marks the corrected task" || bad "show has no correction mark"

expect "add-task" 0 "$bin" add-task "$doc" --text "Sở Y tế tập huấn phòng chống dịch cho y tế cơ sở." \
  --lead "Sở Y tế" --deadline "15/01/2022" --note "bị sót"
added=$(sed -n 's/^Đã thêm nhiệm vụ #\([0-9]*\).*/\1/p' out)
[[ -n $added ]] && ok "add-task prints the new id #$added" || bad "add-task id: $(cat out)"
expect "added task listed" 0 "$bin" tasks --body "Sở Y tế" --doc "$doc" --json
py out "$added" <<'PY' && ok "the added task is listed, marked added" || bad "added task"
import json, sys
t = {x["id"]: x for x in json.load(open(sys.argv[1]))}[int(sys.argv[2])]
assert t["origin"] == "manual" and "added" in t["corrected"] and t["due"]["date"] == "2022-01-15", t
PY
expect "add-task to a missing document" 2 "$bin" add-task 999999 --text "x"
expect "drop-task" 0 "$bin" drop-task "$added" --note "trùng"
expect "a dropped task is not listed" 0 "$bin" tasks --doc "$doc" --json
py out "$added" <<'PY' || bad "dropped task still listed"
import json, sys
assert int(sys.argv[2]) not in [x["id"] for x in json.load(open(sys.argv[1]))]
PY
expect "drop-task again is a no-op" 0 "$bin" drop-task "$added"
grep -q "đã bỏ từ trước" out || bad "second drop says already dropped"
expect "status of a dropped task is refused" 2 "$bin" status "$added" done
expect "history of a dropped task is kept" 0 "$bin" history "$added" --json
py out <<'PY' && ok "the drop is recorded after the addition" || bad "drop history"
import json, sys
j = json.load(open(sys.argv[1]))
assert j["task"]["dropped"] is True
assert [x["field"] for x in j["history"] if x["type"] == "edit"] == ["added", "dropped"], j["history"]
PY

# --- due -------------------------------------------------------------------------------------
py all.json "$tid" > dated <<'PY'
import json, sys
for t in json.load(open(sys.argv[1])):
    if t["id"] != int(sys.argv[2]) and t["due"]["date"] and not t["due"]["recurring"]:
        print(t["id"], t["due"]["date"]); break
PY
read -r did ddue < dated
expect "due --overdue the day after" 0 "$bin" due --overdue --today "$(dmy "$ddue" 1)" --json
py out "$did" <<'PY' && ok "a task is overdue the day after its due date" || bad "overdue"
import json, sys
t = {x["id"]: x for x in json.load(open(sys.argv[1]))["tasks"]}
assert t[int(sys.argv[2])]["days_left"] == -1 and t[int(sys.argv[2])]["state"]["key"] == "overdue"
assert all(x["days_left"] < 0 for x in t.values())
PY
expect "due --within 7d two days before" 0 "$bin" due --within 7d --today "$(dmy "$ddue" -2)" --json
py out "$did" <<'PY' && ok "a task due in 2 days is listed as sắp đến hạn" || bad "due soon"
import json, sys
t = {x["id"]: x for x in json.load(open(sys.argv[1]))["tasks"]}
assert t[int(sys.argv[2])]["days_left"] == 2 and t[int(sys.argv[2])]["state"]["key"] == "due-soon"
PY
expect "due a month before" 0 "$bin" due --within 7d --today "$(dmy "$ddue" -30)" --json
py out "$did" <<'PY' && ok "a task due in 30 days is not in a 7-day list" || bad "due horizon"
import json, sys
assert int(sys.argv[2]) not in [x["id"] for x in json.load(open(sys.argv[1]))["tasks"]]
PY
expect "due (text)" 0 "$bin" due --overdue --today 01/06/2022
grep -q "quá hạn" out || bad "due text lists overdue tasks"
expect "a bad --within is refused" 2 "$bin" due --within soon

# --- checklist in every format ---------------------------------------------------------------
today=--today=20/12/2021
expect "checklist md" 0 "$bin" checklist --body "so y te" $today
grep -q "^# DANH SÁCH KIỂM TRA NHIỆM VỤ" out && grep -q "Sở Y tế" out && grep -q "| STT | Nhiệm vụ" out \
  && ok "markdown checklist" || bad "markdown checklist"
expect "checklist json" 0 "$bin" checklist --body "so y te" --format json $today
py out health.json <<'PY' && ok "json checklist has every Sở Y tế task, corrected ones marked" || bad "json checklist"
import json, sys
c = json.load(open(sys.argv[1])); health = json.load(open(sys.argv[2]))
rows = [r for g in c["groups"] for r in g["tasks"]]
assert c["body"] == "Sở Y tế" and c["task_count"] == len(rows)
assert len(rows) == len(health) + 0, (len(rows), len(health))  # the added task was dropped
assert any(r["corrected"] for r in rows)
assert all(g["directive"]["title"] for g in c["groups"])
PY
expect "checklist csv -o" 0 "$bin" checklist --body "Sở Y tế" --format csv -o list.csv $today
py list.csv <<'PY' && ok "csv: BOM, parses, one row per task" || bad "csv checklist"
import csv, io, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "no BOM"
rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"))))
assert len(rows) > 2 and all(len(r) == len(rows[0]) for r in rows), "ragged csv"
PY
expect "checklist html" 0 "$bin" checklist --body "Sở Y tế" --format html -o list.html $today
grep -qi "<!DOCTYPE html>" list.html && grep -q "page-break\|break-before" list.html && ! grep -qi "<script" list.html \
  && ok "html checklist: one page, page breaks, no script" || bad "html checklist"
expect "checklist xlsx -o" 0 "$bin" checklist --body "Sở Y tế" --format xlsx -o list.xlsx $today
unzip -l list.xlsx > listing 2>&1 && grep -q "xl/worksheets/sheet1.xml" listing \
  && ok "xlsx opens with unzip" || bad "xlsx zip: $(cat listing)"
py list.xlsx <<'PY' && ok "xlsx holds the tasks, a frozen header and a status list" || bad "xlsx content"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sheet = z.read("xl/worksheets/sheet1.xml").decode(); strings = z.read("xl/sharedStrings.xml").decode()
assert 'state="frozen"' in sheet and 'type="list"' in sheet and "<f>" not in sheet
assert "Sở Y tế" in strings and "Tổ chức kiểm tra an toàn thực phẩm" in strings
PY
"$bin" checklist --body "Sở Y tế" --format xlsx $today > piped.xlsx 2>err
cmp -s <(unzip -Z1 piped.xlsx 2>/dev/null) <(unzip -Z1 list.xlsx) && ok "xlsx to a redirected stdout" || bad "xlsx on stdout"
expect "checklist of one document" 0 "$bin" checklist --body "Sở Y tế" --doc "$edoc" --format json $today
py out "$edoc" <<'PY' || bad "--doc keeps one directive"
import json, sys
g = json.load(open(sys.argv[1]))["groups"]
assert len(g) == 1 and g[0]["directive"]["id"] == int(sys.argv[2])
PY
expect "checklist --status done" 0 "$bin" checklist --body "$tbody" --status done --format json $today
py out "$tid" <<'PY' && ok "checklist --status keeps the done task only" || bad "checklist --status"
import json, sys
rows = [r for g in json.load(open(sys.argv[1]))["groups"] for r in g["tasks"]]
assert [r["task_id"] for r in rows] == [int(sys.argv[2])], rows
PY
expect "checklist needs --body" 2 "$bin" checklist
expect "checklist refuses an unknown format" 2 "$bin" checklist --body "Sở Y tế" --format pdf

# --- report in every format ------------------------------------------------------------------
expect "report json" 0 "$bin" report --format json $today
py out <<'PY' && ok "report: counts add up, percentages, the overdue list" || bad "report json"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["today"] == "2021-12-20"
tot = r["total"]
assert tot["total"] == sum(tot["counts"].values()) and tot["total"] > 200, tot
assert tot["counts"]["done-late"] == 1, tot["counts"]
assert r["bodies"] and all(b["total"] == sum(b["counts"].values()) for b in r["bodies"])
assert all(o["days_late"] >= 1 for o in r["overdue"])
PY
expect "report md" 0 "$bin" report $today
grep -q "Sở Y tế" out && grep -qi "quá hạn" out && ok "markdown report" || bad "markdown report"
expect "report html" 0 "$bin" report --format html $today
grep -q "<svg" out && ! grep -qi "<script\|src=\"http" out && ok "html report with an inline chart" || bad "html report"
expect "report refuses an unknown format" 2 "$bin" report --format xlsx

expect "the archive is intact after all this" 0 python3 -c "
import sqlite3, sys
db = sqlite3.connect('$CHIDAO_DB')
assert db.execute('PRAGMA integrity_check').fetchone()[0] == 'ok'"
exit $fail
