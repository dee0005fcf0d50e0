#!/usr/bin/env bash
# Compile time of generated programs (gen_big.py) of 1x, 2x and 4x the base size (2000 units,
# about 36,000 lines): minigo build -O0 and -O2 (its compile cache off) against go build (the
# standard library's packages already in Go's build cache, as on a developer's machine; the
# program itself new to it). Prints seconds and the ratios; growth should be linear.
#   MINIGO  path of the minigo driver (default: build/minigo of this repository)
#   UNITS   the base size in units (default: 2000)
#   BEFORE  path of another minigo driver (an earlier revision's build): its -O0 and -O2 times too
#   RUNS    runs of each build, of which the fastest counts (default: 1; this VM's times vary)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
MINIGO=${MINIGO:-$root/build/minigo}
UNITS=${UNITS:-2000}
RUNS=${RUNS:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOCACHE=$work/gocache GO111MODULE=off GOFLAGS= MINIGO_CACHE=off

# Each run starts from the same state: no output file (go build skips a build whose output is
# up to date) and Go's cache holding the standard library only (not the program of a run before).
fresh() {
  rm -rf "$work/out" "$GOCACHE"
  cp -a "$work/gocache.warm" "$GOCACHE"
}

seconds() {  # COMMAND...: wall seconds, the fastest of RUNS runs, or n/a if it fails
  local TIMEFORMAT=%R t best=n/a i
  for ((i = 0; i < RUNS; i++)); do
    fresh
    t=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || { printf 'n/a'; return; }
    best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (b == "n/a" || a < b) ? a : b }')
  done
  printf '%s' "$best"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a" || b + 0 == 0) print "n/a"; else printf "%.2f\n", a / b }'; }

printf 'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() { fmt.Println(strings.Repeat("x", 2)) }\n' >"$work/warm.go"
command -v go >/dev/null 2>&1 && go build -o "$work/warm" "$work/warm.go"
mkdir -p "$GOCACHE" && cp -a "$GOCACHE" "$work/gocache.warm"

printf '%-7s %7s %11s %11s %9s %12s %12s' units lines "minigo -O0" "minigo -O2" "go build" "-O0/go" "-O2/go"
[ -n "${BEFORE:-}" ] && printf ' %11s %11s %12s %12s' "before -O0" "before -O2" "before0/go" "before2/go"
printf '\n'
for factor in 1 2 4; do
  units=$((UNITS * factor))
  src=$work/big$units.go
  python3 "$here/gen_big.py" "$units" >"$src"
  lines=$(wc -l <"$src")
  o0=$(seconds "$MINIGO" build -O0 -o "$work/out" "$src")
  o2=$(seconds "$MINIGO" build -O2 -o "$work/out" "$src")
  g=n/a
  command -v go >/dev/null 2>&1 && g=$(seconds go build -o "$work/out" "$src")
  printf '%-7s %7s %11s %11s %9s %12s %12s' "$units" "$lines" "$o0" "$o2" "$g" "$(ratio "$o0" "$g")" "$(ratio "$o2" "$g")"
  if [ -n "${BEFORE:-}" ]; then
    b0=$(seconds "$BEFORE" build -O0 -o "$work/out" "$src")
    b2=$(seconds "$BEFORE" build -O2 -o "$work/out" "$src")
    printf ' %11s %11s %12s %12s' "$b0" "$b2" "$(ratio "$b0" "$g")" "$(ratio "$b2" "$g")"
  fi
  printf '\n'
done
