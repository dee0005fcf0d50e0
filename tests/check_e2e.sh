#!/usr/bin/env bash
# Runs every tests/e2e program through minigo and compares it with the behaviour recorded from
# real Go (golden_compare.sh), at a chosen optimisation level. NAME.in, when present, is fed on
# standard input.
# usage: check_e2e.sh build|run -O0|-O2 DIR [NAME...]
#   env: MINIGO (default build/minigo), MINIGO_FLAGS (more flags for minigo, as `-p 2`)
# With NAMEs, only DIR/NAME.go for each.
set -u
mode=${1:?mode build|run}; opt=${2:?-O level}; dir=$(cd "${3:?dir}" && pwd); shift 3
programs=("$dir"/*.go)
[ $# -gt 0 ] && programs=("${@/#/$dir/}") && programs=("${programs[@]/%/.go}")
mg=${MINIGO:-$PWD/build/minigo}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
source "$(dirname "$0")/golden_compare.sh"
for f in "${programs[@]}"; do
  n=${f%.go}; b=$(basename "$n")
  [ -f "$n.rc" ] || [ $# -gt 0 ] || continue  # a named program must have its golden files
  in=/dev/null; [ -f "$n.in" ] && in=$n.in
  if [ "$mode" = build ]; then
    timeout 120 "$mg" build "$opt" ${MINIGO_FLAGS:-} -o "$tmp/$b" "$f" >"$tmp/cout" 2>&1 || { compile_failed "$b"; continue; }
    (cd "$tmp" && timeout 30 "./$b" >"$tmp/out" 2>"$tmp/err" <"$in"); rc=$?
  else
    (cd "$tmp" && timeout 60 "$mg" run "$opt" ${MINIGO_FLAGS:-} "$f" >"$tmp/out" 2>"$tmp/err" <"$in"); rc=$?
  fi
  compare_with_golden "$n" "$b" "$rc"
done
summarize
