#!/usr/bin/env bash
# The XLSX checklist as a spreadsheet program sees it: a zip with one sheet, a frozen header,
# a list validation of the four Vietnamese statuses, and formula-looking text stored as string
# cells (t="s"), never as <f> formulas. Usage: xlsx_check.sh REPORT_SAMPLES_BINARY
set -euo pipefail
samples="$1"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
"$samples" "$dir"
xlsx="$dir/checklist.xlsx"

if command -v unzip >/dev/null; then
  listing="$(unzip -l "$xlsx")"  # not piped into grep -q: pipefail would see unzip's SIGPIPE
  grep -q 'xl/worksheets/sheet1.xml' <<<"$listing" || { echo "FAIL: no sheet1.xml"; exit 1; }
fi

python3 - "$xlsx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
import xml.etree.ElementTree as ET
for n in names:
    if n.endswith(".xml") or n.endswith(".rels"):
        ET.fromstring(z.read(n))  # every part is well-formed XML (no raw control bytes)
sheets = [n for n in names if n.startswith("xl/worksheets/sheet")]
assert sheets == ["xl/worksheets/sheet1.xml"], f"expected one sheet, got {sheets}"
sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
shared = z.read("xl/sharedStrings.xml").decode("utf-8")
workbook = z.read("xl/workbook.xml").decode("utf-8")
assert 'name="Danh sách kiểm tra"' in workbook, "sheet name"
assert "<f>" not in sheet and "<f " not in sheet, "a formula was written"
assert 'state="frozen"' in sheet and 'ySplit="5"' in sheet, "header row not frozen"
dv = re.findall(r'<dataValidation [^>]*type="list"[^>]*>.*?</dataValidation>', sheet, re.S)
assert dv, "no list data validation"
assert all("Chưa thực hiện,Đang thực hiện,Hoàn thành,Vướng mắc" in d for d in dv), dv
assert "<cols>" in sheet and 'customWidth="1"' in sheet, "column widths"
assert "<mergeCell " in sheet, "directive group rows are merged ranges"
assert re.search(r'<pageSetup paperSize="9"[^>]*orientation="landscape"', sheet), "A4 landscape"

# Shared strings in order; every cell that shows formula-looking text must be a string cell.
strings = [re.sub(r"<[^>]+>", "", si) for si in re.findall(r"<si>(.*?)</si>", shared, re.S)]
import html
strings = [html.unescape(s) for s in strings]
cells = re.findall(r'<c r="([A-Z]+\d+)"([^>]*?)(?:/>|>(.*?)</c>)', sheet, re.S)
seen = set()
for ref, attrs, inner in cells:
    m = re.search(r"<v>(.*?)</v>", inner or "")
    if 't="s"' in attrs and m:
        text = strings[int(m.group(1))]
        if text.lstrip()[:1] in ("=", "+", "-", "@"):
            seen.add(text.lstrip()[0])
    elif m and not re.fullmatch(r"\d+", m.group(1)):
        raise AssertionError(f"cell {ref} holds a non-string value {m.group(1)!r}")
assert {"=", "-", "@"} <= seen, f"hostile cells missing or not strings: {seen}"
# Visible text is kept as written: no apostrophe was added in XLSX.
assert any(s.startswith('=HYPERLINK("http://x","bấm")') for s in strings), "note text altered"
assert any(s.startswith("-2+3 trường học") for s in strings), "task text altered"
assert any("<script>console.error" in s for s in strings), "hostile text lost"
print("xlsx ok:", len(cells), "cells,", len(dv), "validation ranges")
PY
