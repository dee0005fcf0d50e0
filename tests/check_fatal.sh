#!/usr/bin/env bash
# Programs that end with status 2 and a stderr no golden file can record (Go's holds addresses
# and offsets): the check is that stdout is what Go prints, the exit status is 2, and stderr has
# the given lines, each exactly once (fatal-error messages, the Go frames of a traceback; `~TEXT`
# means some line ends with TEXT). Built at -O0, so that no frame is inlined away.
# usage: check_fatal.sh build|run DIR       env: MINIGO (path of the compiler)
set -u
mode=${1:?build|run}; dir=$(cd "${2:?dir}" && pwd)
mg=${MINIGO:?set MINIGO}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
check() {  # name, want-stdout, stderr lines that must appear...
  local name=$1 want=$2; shift 2
  if [ "$mode" = build ]; then
    "$mg" build -o "$tmp/$name" "$dir/$name.go" && (cd "$tmp" && timeout 60 "./$name" >"$tmp/out" 2>"$tmp/err"); rc=$?
  else
    (cd "$tmp" && timeout 60 "$mg" run "$dir/$name.go" >"$tmp/out" 2>"$tmp/err"); rc=$?
  fi
  local ok=1
  [ "$rc" = 2 ] || { echo "--- $name: exit status $rc, want 2"; ok=0; }
  [ "$(cat "$tmp/out")" = "$want" ] || { echo "--- $name: stdout differs"; ok=0; }
  for line in "$@"; do
    case $line in
      '~'*) grep -q -- "${line#\~}\$" "$tmp/err" || { echo "--- $name: no stderr line ends with: ${line#\~}"; ok=0; } ;;
      *) [ "$(grep -cxF -- "$line" "$tmp/err")" = 1 ] || { echo "--- $name: stderr has not exactly once: $line"; ok=0; } ;;
    esac
  done
  if [ $ok = 1 ]; then pass=$((pass+1)); else fail=$((fail+1)); head -5 "$tmp/err"; fi
}
check stack_overflow "start" "runtime: goroutine stack exceeds 1000000000-byte limit" "fatal error: stack overflow"
check traceback_frames "inner defer" "panic: runtime error: integer divide by zero" "goroutine 1 [running]:" \
  "main.inner(...)" "main.middle(...)" "main.main()" \
  "~/traceback_frames.go:9" "~/traceback_frames.go:12" "~/traceback_frames.go:15"
check traceback_local_panic "" "panic: x" "goroutine 1 [running]:" "main.f(...)" "main.main()" \
  "~/traceback_local_panic.go:7" "~/traceback_local_panic.go:11"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
