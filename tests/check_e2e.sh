#!/usr/bin/env bash
# Runs every tests/e2e program through minigo and compares it with the behaviour recorded from
# real Go (NAME.out: stdout, NAME.err: stderr up to the first blank line, NAME.rc: exit status),
# the same comparison as ../shared/tools/conform.sh, at a chosen optimisation level. NAME.in,
# when present, is fed on standard input.
# usage: check_e2e.sh build|run -O0|-O2 DIR [NAME...]   env: MINIGO (default build/minigo)
# With NAMEs, only DIR/NAME.go for each.
set -u
mode=${1:?mode build|run}; opt=${2:?-O level}; dir=$(cd "${3:?dir}" && pwd); shift 3
programs=("$dir"/*.go)
[ $# -gt 0 ] && programs=("${@/#/$dir/}") && programs=("${programs[@]/%/.go}")
mg=${MINIGO:-$PWD/build/minigo}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0; failed=()
for f in "${programs[@]}"; do
  n=${f%.go}; b=$(basename "$n")
  [ -f "$n.rc" ] || [ $# -gt 0 ] || continue  # a named program must have its golden files
  in=/dev/null; [ -f "$n.in" ] && in=$n.in
  if [ "$mode" = build ]; then
    if ! timeout 120 "$mg" build "$opt" -o "$tmp/$b" "$f" >"$tmp/cout" 2>&1; then
      fail=$((fail+1)); failed+=("$b(compile)"); sed 's/^/    /' "$tmp/cout" | head -5; continue
    fi
    (cd "$tmp" && timeout 30 "./$b" >"$tmp/out" 2>"$tmp/err" <"$in"); rc=$?
  else
    (cd "$tmp" && timeout 60 "$mg" run "$opt" "$f" >"$tmp/out" 2>"$tmp/err" <"$in"); rc=$?
  fi
  # ASan's note that it sees swapcontext (the runtime announces its stack switch to ASan) is not
  # the program's output.
  awk '/^==[0-9]+==WARNING: ASan doesn.t fully support makecontext/{next}
       /^$/||/^\[signal/||/^goroutine /{exit} {print}' "$tmp/err" >"$tmp/head"
  why=""
  cmp -s "$tmp/out" "$n.out" || why="$why stdout"
  [ "$rc" = "$(cat "$n.rc")" ] || why="$why rc=$rc/want$(cat "$n.rc")"
  cmp -s "$tmp/head" "$n.err" || why="$why stderr"
  if [ -z "$why" ]; then pass=$((pass+1)); continue; fi
  fail=$((fail+1)); failed+=("$b($why )")
  echo "--- $b:$why"
  diff "$n.out" "$tmp/out" | head -6 | sed 's/^/    /'
  diff "$n.err" "$tmp/head" | head -4 | sed 's/^/    /'
done
[ ${#failed[@]} -gt 0 ] && printf 'failed: %s\n' "${failed[*]}"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
