#!/usr/bin/env bash
# Checks chidao's command-line contract: --help/--version/<cmd> --help exit 0; unknown commands
# and bad flags print one line "chidao: ..." plus a usage line on stderr and exit 2.
set -uo pipefail
bin=$1
fail=0
check() {  # check NAME EXPECTED_CODE CMD...
  local name=$1 want=$2; shift 2
  "$@" >/tmp/chidao_cli_out.$$ 2>/tmp/chidao_cli_err.$$
  local got=$?
  if [[ $got -ne $want ]]; then
    echo "FAIL $name: exit $got, want $want"; cat /tmp/chidao_cli_err.$$; fail=1
  else
    echo "ok   $name"
  fi
}
check "--help" 0 "$bin" --help
grep -q "extract" /tmp/chidao_cli_out.$$ || { echo "FAIL --help does not list commands"; fail=1; }
check "--version" 0 "$bin" --version
grep -Eq "^chidao [0-9]+\.[0-9]+\.[0-9]+" /tmp/chidao_cli_out.$$ || { echo "FAIL --version text"; fail=1; }
for cmd in $("$bin" --help | awk 'tolower($0) ~ /^subcommands:/{f=1;next} f && NF {print $1}'); do
  check "$cmd --help" 0 "$bin" "$cmd" --help
done
check "unknown command" 2 "$bin" frobnicate
lines=$(wc -l </tmp/chidao_cli_err.$$)
grep -q "^chidao: unknown command .frobnicate." /tmp/chidao_cli_err.$$ || { echo "FAIL unknown command message"; fail=1; }
[[ $lines -le 2 ]] || { echo "FAIL unknown command printed $lines lines"; fail=1; }
check "bad flag" 2 "$bin" extract --no-such-flag x
check "no command" 2 "$bin"
check "missing file" 2 "$bin" extract /nonexistent/file.txt
grep -q "^chidao: /nonexistent/file.txt: " /tmp/chidao_cli_err.$$ || { echo "FAIL missing-file message"; fail=1; }
# Only the command named gets its flags declared (main.cpp): a later command's flags still work.
check "bad flag (tasks)" 2 "$bin" tasks --no-such-flag
# Several files, one missing: the good one is printed under its name, the missing one named on
# stderr, exit 1.
good=/tmp/chidao_cli_good.$$.txt
printf 'Ủy ban nhân dân tỉnh\n' > "$good"
check "extract good + missing" 1 "$bin" extract "$good" /nonexistent/missing.txt
grep -qx "==> $good <==" /tmp/chidao_cli_out.$$ || { echo "FAIL extract good + missing: no header for the good file"; fail=1; }
grep -qx "Ủy ban nhân dân tỉnh" /tmp/chidao_cli_out.$$ || { echo "FAIL extract good + missing: good file's text missing"; fail=1; }
grep -q "^chidao: /nonexistent/missing.txt: " /tmp/chidao_cli_err.$$ || { echo "FAIL extract good + missing: no error for the missing file"; fail=1; }
rm -f "$good"
rm -f /tmp/chidao_cli_out.$$ /tmp/chidao_cli_err.$$
exit $fail
