#!/usr/bin/env bash
# Runs every multi-package program of DIR (each DIR/NAME with a go.mod, its main package at the
# root) through minigo, from inside the module as `go run .` would be, and compares with the
# goldens record_package_goldens.sh recorded from Go (golden_compare.sh; NAME.in on stdin).
# usage: check_packages.sh build|run -O0|-O2 DIR     env: MINIGO (default build/minigo)
set -u
mode=${1:?mode build|run}; opt=${2:?-O level}; dir=$(cd "${3:?dir}" && pwd)
mg=${MINIGO:-$PWD/build/minigo}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/golden_compare.sh"
for mod in "$dir"/*/go.mod; do
  m=$(dirname "$mod"); b=$(basename "$m")
  [ -f "$m.rc" ] || continue
  in=/dev/null; [ -f "$m.in" ] && in=$m.in
  if [ "$mode" = build ]; then
    (cd "$m" && timeout 120 "$mg" build "$opt" -o "$tmp/$b" .) >"$tmp/cout" 2>&1 || { compile_failed "$b"; continue; }
    (cd "$tmp" && timeout 30 "./$b" >"$tmp/out" 2>"$tmp/err" <"$in"); rc=$?
  else
    (cd "$m" && timeout 60 "$mg" run "$opt" . >"$tmp/out" 2>"$tmp/err" <"$in"); rc=$?
  fi
  compare_with_golden "$m" "$b" "$rc"
done
summarize
