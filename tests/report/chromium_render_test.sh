#!/usr/bin/env bash
# The HTML checklist and report as a person sees them: rendered by headless Chromium to a
# screenshot (must exist and hold more than a blank page) and printed to PDF (must be A4; the
# checklist's three directives must start three pages), with no console message at all —
# the pages carry no script, so any console line means hostile text ran.
# Exit 77 (ctest SKIP) when chromium is not installed. Usage: chromium_render_test.sh SAMPLES
set -uo pipefail
samples="$1"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" ]]; then
  echo "SKIP: chromium is not installed (scripts/install-deps installs it)"
  exit 77
fi
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
"$samples" "$dir" || { echo "FAIL: report_samples"; exit 1; }

fail=0
render() {  # render NAME MIN_PAGES
  local name="$1" min_pages="$2" html="$dir/$1.html"
  local flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync
    --enable-logging=stderr --v=0 --user-data-dir="$(mktemp -d -p "$dir")")
  timeout 90 "$browser" "${flags[@]}" --screenshot="$dir/$name.png" --window-size=1240,1754 \
    "file://$html" >"$dir/$name.shot.log" 2>&1
  timeout 90 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$dir/$name.pdf" \
    "file://$html" >"$dir/$name.pdf.log" 2>&1

  local size
  size=$(stat -c %s "$dir/$name.png" 2>/dev/null || echo 0)
  if ((size < 30000)); then
    echo "FAIL: $name: screenshot missing or blank ($size bytes)"; fail=1
    tail -5 "$dir/$name.shot.log"
  fi
  if grep -h -E 'CONSOLE|INJECTED|Uncaught' "$dir/$name.shot.log" "$dir/$name.pdf.log"; then
    echo "FAIL: $name: console output (a script ran or the page has errors)"; fail=1
  fi
  if [[ ! -s "$dir/$name.pdf" ]]; then
    echo "FAIL: $name: no PDF printed"; fail=1; tail -5 "$dir/$name.pdf.log"; return
  fi
  if command -v pdfinfo >/dev/null; then
    local info pages
    info="$(pdfinfo "$dir/$name.pdf")"
    pages=$(awk '/^Pages:/ {print $2}' <<<"$info")
    if ! grep -q 'Page size:.*(A4)' <<<"$info"; then
      echo "FAIL: $name: not printed on A4"; grep 'Page size' <<<"$info"; fail=1
    fi
    if ((pages < min_pages)); then
      echo "FAIL: $name: $pages printed pages, expected at least $min_pages"; fail=1
    fi
    echo "$name: screenshot $size bytes, $pages A4 page(s)"
  else
    echo "$name: screenshot $size bytes (pdfinfo absent: page size not checked)"
  fi
  if [[ -n "${CHIDAO_KEEP_RENDER:-}" ]]; then
    cp "$dir/$name.png" "$dir/$name.pdf" "$CHIDAO_KEEP_RENDER/"
  fi
}

render checklist 3
render report 1
exit $fail
