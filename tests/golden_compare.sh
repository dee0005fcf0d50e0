# Sourced by check_e2e.sh and check_packages.sh: compares a program's run with the behaviour
# recorded from real Go (BASE.out: stdout, BASE.err: stderr up to the first blank line,
# BASE.rc: exit status), the same comparison as ../shared/tools/conform.sh, and tallies results.
# The caller sets $tmp (a scratch directory) and leaves the run's output in $tmp/out and $tmp/err.
pass=0; fail=0; failed=()

# compile_failed NAME: the compiler's output is in $tmp/cout.
compile_failed() {
  fail=$((fail+1)); failed+=("$1(compile)"); sed 's/^/    /' "$tmp/cout" | head -5
}

# compare_with_golden BASE NAME RC
compare_with_golden() {
  local base=$1 name=$2 rc=$3 why=""
  awk '/^$/||/^\[signal/||/^goroutine /{exit} {print}' "$tmp/err" >"$tmp/head"
  cmp -s "$tmp/out" "$base.out" || why="$why stdout"
  [ "$rc" = "$(cat "$base.rc")" ] || why="$why rc=$rc/want$(cat "$base.rc")"
  cmp -s "$tmp/head" "$base.err" || why="$why stderr"
  if [ -z "$why" ]; then pass=$((pass+1)); return; fi
  fail=$((fail+1)); failed+=("$name($why )")
  echo "--- $name:$why"
  diff "$base.out" "$tmp/out" | head -6 | sed 's/^/    /'
  diff "$base.err" "$tmp/head" | head -4 | sed 's/^/    /'
}

# summarize: prints the tally; succeeds when something passed and nothing failed.
summarize() {
  [ ${#failed[@]} -gt 0 ] && printf 'failed: %s\n' "${failed[*]}"
  echo "$pass passed, $fail failed"
  [ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
}
