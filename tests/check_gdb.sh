#!/usr/bin/env bash
# gdb reads the debug information of `minigo build -g` and `minigo run -g` (through GDB's JIT
# interface): a breakpoint on main.area by its Go name, its parameters and locals with their
# values, a dereferenced pointer, a package variable, a struct type, and the backtrace.
# usage: check_gdb.sh DIR (holding locals.go)     env: MINIGO (path of the compiler)
# Exits with 77 (skipped, for ctest) when gdb is not installed.
set -u
dir=$(cd "${1:?dir}" && pwd)
mg=${MINIGO:?set MINIGO}
command -v gdb >/dev/null || { echo "gdb not installed: skipped"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
src=$dir/locals.go
line=$(grep -n '// gdb: locals' "$src" | cut -d: -f1)
fail=0

expect() {  # what, output file, substrings that must appear
  local what=$1 out=$2; shift 2
  for want in "$@"; do
    grep -qF -- "$want" "$out" || { echo "FAIL $what: no \`$want\`"; fail=1; }
  done
}

args=('v = {Name = 0x' '"tri", Corner = {X = 3, Y = 2}, Sides = {3, 4, 5}, Scale = 1.5, Filled = true, Next = 0x0'
      'label = 0x' '"hello"')

for opt in -O0 -O2; do
  "$mg" build -g $opt -o "$tmp/locals" "$src" || { echo "FAIL build -g $opt"; exit 1; }
  timeout 60 gdb -q -batch -ex 'break main.area' -ex "break locals.go:$line" -ex run -ex 'info args' \
    -ex 'print *p' -ex continue -ex 'info locals' -ex "print 'main.count'" -ex 'ptype p' -ex bt \
    "$tmp/locals" >"$tmp/out" 2>&1
  expect "build -g $opt" "$tmp/out" 'Breakpoint 1, main.area (' '$1 = {X = 3, Y = 4}' '$2 = 42' \
    'type = struct main.Point {' 'in main.main () at locals.go:' 'sum = 20'
  # Optimised code keeps only some parameters and locals; at -O0 each one has its value.
  [ "$opt" = -O0 ] && expect "build -g $opt" "$tmp/out" "${args[@]}" 'total = 12' 'arr = {7, 8, 9}' \
    'err = {tab = 0x0, data = 0x0}'
  [ $fail = 0 ] || { cat "$tmp/out"; exit 1; }
done

timeout 120 gdb -q -batch -ex 'set breakpoint pending on' -ex 'break main.area' -ex run -ex 'info args' \
  -ex 'print *p' --args "$mg" run -g "$src" >"$tmp/out" 2>&1
expect "run -g" "$tmp/out" 'Breakpoint 1, main.area (' "${args[@]}" '$1 = {X = 3, Y = 4}'
[ $fail = 0 ] || { cat "$tmp/out"; exit 1; }
echo "gdb: build -g -O0, -O2 and run -g passed"
