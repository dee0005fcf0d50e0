#!/usr/bin/env bash
# Builds every bench/*.go with minigo (-O2), go and gccgo (-O2) when available, times each
# binary and prints a comparison table. A tool that is missing or fails to build a program
# shows `n/a`; the script itself never fails because of that.
#   MINIGO   path of the minigo driver (default: build/minigo of this repository)
#   RUNS     timed runs per binary (default: 5)
#   SLOW     seconds above which one run is enough (default: 10)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
MINIGO=${MINIGO:-$root/build/minigo}
RUNS=${RUNS:-5}
SLOW=${SLOW:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOCACHE=${GOCACHE:-$work/gocache} GO111MODULE=off GOFLAGS=

gccgo_bin=""
for candidate in gccgo gccgo-12; do
  if command -v "$candidate" >/dev/null 2>&1; then gccgo_bin=$candidate; break; fi
done

# build TOOL SRC OUT: succeeds only if the tool exists and compiles SRC into OUT.
build() {
  local tool=$1 src=$2 out=$3
  case $tool in
    minigo) [ -x "$MINIGO" ] && "$MINIGO" build -O2 -o "$out" "$src" ;;
    go) command -v go >/dev/null 2>&1 && go build -o "$out" "$src" ;;
    gccgo) [ -n "$gccgo_bin" ] && "$gccgo_bin" -O2 -o "$out" "$src" ;;
  esac
}

# time_once BINARY: wall seconds of one run; fails if the program fails.
time_once() {
  local TIMEFORMAT=%R
  { time "$1" >/dev/null 2>&1; } 2>&1
}

# seconds BINARY: prints the fastest of RUNS runs in seconds (hyperfine's min column, else bash
# time), or n/a. The minimum, not the mean: on a shared machine the noise only ever adds time.
# A program slower than SLOW seconds on a first run reports that run alone: gccgo needs about a
# minute for panic_deep, and six such runs would dominate the whole benchmark.
seconds() {
  local bin=$1 best t i
  best=$(time_once "$bin") || { printf 'n/a'; return; }
  if awk -v t="$best" -v s="$SLOW" 'BEGIN { exit !(t > s) }'; then
    printf '%.3f' "$best"
    return
  fi
  if command -v hyperfine >/dev/null 2>&1; then
    if hyperfine --warmup 1 --runs "$RUNS" --style none --export-csv "$work/t.csv" "$bin" \
      >/dev/null 2>&1; then
      awk -F, 'NR == 2 { printf "%.3f", $7 }' "$work/t.csv"
    else
      printf 'n/a'
    fi
    return
  fi
  for ((i = 1; i < RUNS; i++)); do
    t=$(time_once "$bin") || { printf 'n/a'; return; }
    best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b) ? a : b }')
  done
  printf '%.3f' "$best"
}

# ratio A B: A/B with two decimals, or n/a when either is missing.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN {
    if (a == "n/a" || b == "n/a" || b + 0 == 0) print "n/a"; else printf "%.2f\n", a / b }'
}

declare -A time_of
tools=(minigo go gccgo)
for src in "$here"/*.go; do
  name=$(basename "$src" .go)
  for tool in "${tools[@]}"; do
    bin="$work/$name.$tool"
    if build "$tool" "$src" "$bin" >"$work/build.log" 2>&1; then
      time_of[$name.$tool]=$(seconds "$bin")
    else
      time_of[$name.$tool]=n/a
    fi
  done
done

printf '%-16s %10s %10s %10s %10s %12s\n' program minigo go gccgo minigo/go minigo/gccgo
for src in "$here"/*.go; do
  name=$(basename "$src" .go)
  m=${time_of[$name.minigo]} g=${time_of[$name.go]} c=${time_of[$name.gccgo]}
  printf '%-16s %10s %10s %10s %10s %12s\n' "$name" "$m" "$g" "$c" "$(ratio "$m" "$g")" "$(ratio "$m" "$c")"
done
echo "defer/direct (minigo -O2): $(ratio "${time_of[defer_call.minigo]}" "${time_of[direct_call.minigo]}")"
echo "defer/direct (go): $(ratio "${time_of[defer_call.go]}" "${time_of[direct_call.go]}")"
