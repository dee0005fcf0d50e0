#!/usr/bin/env bash
# Compiles and runs a constant of 100,000 concatenated strings, `"a" + "a" + ...`, within 2 GB of
# address space: folding it must stay linear (a copy of every partial sum would take 5 GB).
set -u
minigo=${MINIGO:?set MINIGO to the minigo compiler}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
{
  printf 'package main\n\nimport "fmt"\n\nconst s = "a"'
  yes ' + "a"' | head -n 99999 | tr -d '\n'
  printf '\n\nfunc main() {\n\tfmt.Println(len(s))\n}\n'
} >"$dir/long.go"
ulimit -v 2000000
got=$("$minigo" run "$dir/long.go")
status=$?
if [ "$status" -ne 0 ] || [ "$got" != 100000 ]; then
  echo "FAIL: exit status $status, output '$got', want 100000"
  exit 1
fi
echo "1 passed, 0 failed"
