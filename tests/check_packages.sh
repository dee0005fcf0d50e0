#!/usr/bin/env bash
# Runs every multi-package program of DIR (each DIR/NAME with a go.mod, its main package at the
# root) through minigo, from inside the module as `go run .` would be, and compares with the
# goldens record_package_goldens.sh recorded from Go (NAME.out, NAME.err, NAME.rc; NAME.in on stdin).
# usage: check_packages.sh build|run -O0|-O2 DIR     env: MINIGO (default build/minigo)
set -u
mode=${1:?mode build|run}; opt=${2:?-O level}; dir=$(cd "${3:?dir}" && pwd)
mg=${MINIGO:-$PWD/build/minigo}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0; failed=()
for mod in "$dir"/*/go.mod; do
  m=$(dirname "$mod"); b=$(basename "$m")
  [ -f "$m.rc" ] || continue
  in=/dev/null; [ -f "$m.in" ] && in=$m.in
  if [ "$mode" = build ]; then
    if ! (cd "$m" && timeout 120 "$mg" build "$opt" -o "$tmp/$b" .) >"$tmp/cout" 2>&1; then
      fail=$((fail+1)); failed+=("$b(compile)"); sed 's/^/    /' "$tmp/cout" | head -5; continue
    fi
    (cd "$tmp" && timeout 30 "./$b" >"$tmp/out" 2>"$tmp/err" <"$in"); rc=$?
  else
    (cd "$m" && timeout 60 "$mg" run "$opt" . >"$tmp/out" 2>"$tmp/err" <"$in"); rc=$?
  fi
  awk '/^$/||/^\[signal/||/^goroutine /{exit} {print}' "$tmp/err" >"$tmp/head"
  why=""
  cmp -s "$tmp/out" "$m.out" || why="$why stdout"
  [ "$rc" = "$(cat "$m.rc")" ] || why="$why rc=$rc/want$(cat "$m.rc")"
  cmp -s "$tmp/head" "$m.err" || why="$why stderr"
  if [ -z "$why" ]; then pass=$((pass+1)); continue; fi
  fail=$((fail+1)); failed+=("$b($why )")
  echo "--- $b:$why"
  diff "$m.out" "$tmp/out" | head -6 | sed 's/^/    /'
  diff "$m.err" "$tmp/head" | head -4 | sed 's/^/    /'
done
[ ${#failed[@]} -gt 0 ] && printf 'failed: %s\n' "${failed[*]}"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
