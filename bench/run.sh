#!/usr/bin/env bash
# Builds every bench/*.go with minigo (-O2), go and gccgo (-O2) when available, and its C twin
# bench/NAME.c, if there is one, with clang (-O2); times each binary and prints a comparison
# table. Go's binary runs twice: as built (all cores) and as `go1`, with GOMAXPROCS=1 (one
# thread runs Go code, as minigo's scheduler does). A tool that is missing or fails to build or run a program shows `n/a`; the script itself
# never fails because of that. The notes column says which installed tool failed to compile or
# run a program, and which binaries printed something else than the reference (go's output, else
# the first one that ran).
# usage: bench/run.sh [NAME...]   (only bench/NAME.go for each NAME given; every program without)
#   MINIGO   path of the minigo driver (default: build/minigo of this repository)
#   RUNS     timed runs per binary (default: 5)
#   SLOW     seconds above which one run is enough (default: 10)
#   BEFORE   path of another minigo driver (an earlier revision's build) to compare with: its
#            column and its ratio to go show what a change gained, in the same run
# Max RSS (from GNU time, when /usr/bin/time is there) is reported for minigo, go and go1.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
MINIGO=${MINIGO:-$root/build/minigo}
RUNS=${RUNS:-5}
SLOW=${SLOW:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GOCACHE=${GOCACHE:-$work/gocache} GO111MODULE=off GOFLAGS=

programs=()
if [ $# -gt 0 ]; then
  for name in "$@"; do programs+=("$here/$name.go"); done
else
  programs=("$here"/*.go)
fi

gccgo_bin=""
for candidate in gccgo gccgo-12; do
  if command -v "$candidate" >/dev/null 2>&1; then gccgo_bin=$candidate; break; fi
done
clang_bin=""
for candidate in clang-19 clang; do
  if command -v "$candidate" >/dev/null 2>&1; then clang_bin=$candidate; break; fi
done

# available TOOL SRC: whether TOOL is installed (and, for clang, SRC has a C twin).
available() {
  case $1 in
    minigo) [ -x "$MINIGO" ] ;;
    before) [ -n "${BEFORE:-}" ] && [ -x "$BEFORE" ] ;;
    go | go1) command -v go >/dev/null 2>&1 ;;
    gccgo) [ -n "$gccgo_bin" ] ;;
    clang) [ -n "$clang_bin" ] && [ -f "${2%.go}.c" ] ;;
  esac
}

# build TOOL SRC OUT: succeeds only if the tool exists and compiles SRC (for clang, its C twin)
# into OUT.
build() {
  local tool=$1 src=$2 out=$3
  available "$tool" "$src" || return 1
  case $tool in
    minigo) "$MINIGO" build -O2 -o "$out" "$src" ;;
    before) "$BEFORE" build -O2 -o "$out" "$src" ;;
    go) go build -o "$out" "$src" ;;
    go1) go build -o "$out.bin" "$src" && printf '#!/bin/sh\nGOMAXPROCS=1 exec %s\n' "$out.bin" >"$out" &&
           chmod +x "$out" ;;
    gccgo) "$gccgo_bin" -O2 -o "$out" "$src" ;;
    clang) "$clang_bin" -O2 -o "$out" "${src%.go}.c" ;;
  esac
}

# time_once BINARY [OUTPUT]: wall seconds of one run, keeping its stdout in OUTPUT if given;
# fails if the program fails.
time_once() {
  local TIMEFORMAT=%R
  { time "$1" >"${2:-/dev/null}" 2>/dev/null; } 2>&1
}

# seconds BINARY: prints the fastest of RUNS runs in seconds (hyperfine's min column, else bash
# time), or n/a. The minimum, not the mean: on a shared machine the noise only ever adds time.
# A program slower than SLOW seconds on a first run reports that run alone: gccgo needs about a
# minute for panic_deep, and six such runs would dominate the whole benchmark. The first run's
# stdout is kept in BINARY.out for the output comparison.
seconds() {
  local bin=$1 best t i
  best=$(time_once "$bin" "$bin.out") || { printf 'n/a'; return; }
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

# max_rss BINARY: the peak resident set of one run in MB, or n/a.
max_rss() {
  local kb
  [ -x /usr/bin/time ] || { printf 'n/a'; return; }
  kb=$(/usr/bin/time -f %M -o "$work/rss" "$1" >/dev/null 2>&1 && cat "$work/rss") || { printf 'n/a'; return; }
  awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }'
}

# ratio A B: A/B with two decimals, or n/a when either is missing.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN {
    if (a == "n/a" || b == "n/a" || b + 0 == 0) print "n/a"; else printf "%.2f\n", a / b }'
}

# The notes of a program: tools that failed to compile or run it, then binaries whose output
# differs from the reference (go's, else that of the first tool whose binary ran).
declare -A time_of rss_of note_of
tools=(minigo before go go1 gccgo clang)
for src in "${programs[@]}"; do
  name=$(basename "$src" .go)
  notes=() ran=()
  for tool in "${tools[@]}"; do
    bin="$work/$name.$tool"
    time_of[$name.$tool]=n/a
    rss_of[$name.$tool]=n/a
    available "$tool" "$src" || continue
    if ! build "$tool" "$src" "$bin" >"$work/build.log" 2>&1; then
      notes+=("$tool: compile failed")
      continue
    fi
    time_of[$name.$tool]=$(seconds "$bin")
    if [ "${time_of[$name.$tool]}" = n/a ]; then
      notes+=("$tool: run failed")
    else
      ran+=("$tool")
      case $tool in minigo | go | go1) rss_of[$name.$tool]=$(max_rss "$bin") ;; esac
    fi
  done
  ref=${ran[0]:-}
  if [[ " ${ran[*]} " == *" go "* ]]; then ref=go; fi
  differ=()
  for tool in "${ran[@]}"; do
    cmp -s "$work/$name.$ref.out" "$work/$name.$tool.out" || differ+=("$tool")
  done
  if [ ${#differ[@]} -gt 0 ]; then notes+=("output differs from $ref: ${differ[*]}"); fi
  note_of[$name]=""
  for note in "${notes[@]}"; do note_of[$name]+="${note_of[$name]:+; }$note"; done
done

row() { printf '%-16s %8s %8s %8s %8s %8s %8s %9s %9s %9s %12s %12s %9s %7s %7s  %s\n' "$@"; }
row program minigo before go go1 gccgo clang minigo/go before/go minigo/go1 minigo/gccgo minigo/clang \
  "minigo MB" "go MB" "go1 MB" notes
for src in "${programs[@]}"; do
  name=$(basename "$src" .go)
  m=${time_of[$name.minigo]} b=${time_of[$name.before]} g=${time_of[$name.go]} g1=${time_of[$name.go1]}
  c=${time_of[$name.gccgo]} l=${time_of[$name.clang]}
  row "$name" "$m" "$b" "$g" "$g1" "$c" "$l" "$(ratio "$m" "$g")" "$(ratio "$b" "$g")" "$(ratio "$m" "$g1")" \
    "$(ratio "$m" "$c")" "$(ratio "$m" "$l")" "${rss_of[$name.minigo]}" "${rss_of[$name.go]}" "${rss_of[$name.go1]}" \
    "${note_of[$name]}"
done
echo "defer/direct (minigo -O2): $(ratio "${time_of[defer_call.minigo]:-n/a}" "${time_of[direct_call.minigo]:-n/a}")"
echo "defer/direct (go): $(ratio "${time_of[defer_call.go]:-n/a}" "${time_of[direct_call.go]:-n/a}")"
