#!/usr/bin/env bash
# The compile cache (driver/compile_cache.h): building or running an unchanged program again is a
# hit and gives the same program; other flags, an edited file of an imported package, a file
# added to a package's directory are misses, and the program then shows the change.
# usage: check_cache.sh     env: MINIGO (path of the compiler)
set -u
mg=${MINIGO:?set MINIGO}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export MINIGO_CACHE=$tmp/cache MINIGO_CACHE_LOG=1
mkdir -p "$tmp/app/greet" && cd "$tmp/app" || exit 1
printf 'module example.com/app\n\ngo 1.22\n' >go.mod
cat >main.go <<'GO'
package main

import (
	"example.com/app/greet"
	"fmt"
)

func main() { fmt.Println(greet.Hello()) }
GO
cat >greet/greet.go <<'GO'
package greet

var greeting = "hello"

func Hello() string { return greeting }
GO
fail=0
# check WHAT hit|miss OUTPUT COMMAND...: the command's cache verdict and the program's output.
check() {
  local what=$1 verdict=$2 want=$3; shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"
  [ "$2" = build ] && ./app >"$tmp/out" 2>/dev/null
  grep -q "^minigo: cache $verdict " "$tmp/err" || { echo "FAIL $what: not a cache $verdict"; cat "$tmp/err"; fail=1; }
  [ "$(cat "$tmp/out")" = "$want" ] || { echo "FAIL $what: printed $(cat "$tmp/out"), want $want"; fail=1; }
}
check "first build" miss hello "$mg" build -o app .
check "same build" hit hello "$mg" build -o app .
check "run after build" hit hello "$mg" run .
check "other flags" miss hello "$mg" build -O2 -o app .
sed -i 's/"hello"/"hi"/' greet/greet.go
check "imported file edited" miss hi "$mg" build -o app .
check "after the edit" hit hi "$mg" run .
printf 'package greet\n\nfunc init() { greeting = "hey" }\n' >greet/extra.go
check "file added to an imported package" miss hey "$mg" run .
printf '//go:build ignore\n\npackage greet\n\nfunc init() { greeting = "no" }\n' >greet/ignored.go
check "excluded file added" miss hey "$mg" run .
MINIGO_CACHE=off "$mg" run . >"$tmp/out" 2>"$tmp/err"
grep -q "^minigo: cache" "$tmp/err" && { echo "FAIL MINIGO_CACHE=off: $(cat "$tmp/err")"; fail=1; }
[ $fail = 0 ] && echo "compile cache: hits and misses as expected"
exit $fail
