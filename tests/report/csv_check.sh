#!/usr/bin/env bash
# The CSV checklist read by python's csv module as Excel would: UTF-8 BOM, RFC 4180 records
# of 13 fields, Vietnamese intact, formula-looking cells guarded with an apostrophe.
# Usage: csv_check.sh REPORT_SAMPLES_BINARY
set -euo pipefail
samples="$1"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
"$samples" "$dir"
python3 - "$dir/checklist.csv" <<'PY'
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf"), "no BOM"
assert b"\r\n" in raw, "records must end with CR LF"
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), strict=True))
assert rows[0][:6] == ["Cơ quan", "Văn bản", "Ngày văn bản", "Trích yếu", "STT", "Nhiệm vụ"], rows[0]
assert len(rows) == 11, len(rows)
for r in rows:
    assert len(r) == 13, r
    for f in r:
        assert f.lstrip()[:1] not in ("=", "+", "-", "@", "\t", "\r"), f"unguarded: {f!r}"
hostile = [r for r in rows if r[12] == "3"][0]
assert hostile[5].startswith('<script>console.error("INJECTED")</script>'), hostile[5]
assert '"trích dẫn", dấu phẩy\r\nxuống dòng' in hostile[5], hostile[5]
assert hostile[10].startswith("'=HYPERLINK("), hostile[10]
print("csv ok:", len(rows) - 1, "tasks")
PY
