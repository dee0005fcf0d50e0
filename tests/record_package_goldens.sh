#!/usr/bin/env bash
# Records with the real Go toolchain the behaviour of each multi-package program: every directory
# DIR/NAME holding a go.mod is a module whose root is its main package; `go run .` there gives
# DIR/NAME.out (stdout), DIR/NAME.err (stderr before the first blank line), DIR/NAME.rc, and
# DIR/NAME.in, when present, is fed on standard input. The counterpart of ../shared/tools/go-golden.sh.
# usage: record_package_goldens.sh DIR
set -u
dir=$(cd "${1:?dir}" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
command -v go >/dev/null || PATH=$PATH:/usr/local/go/bin
export GOCACHE=${GOCACHE:-$tmp/cache} GOTOOLCHAIN=local GOFLAGS= GOPROXY=off
for mod in "$dir"/*/go.mod; do
  m=$(dirname "$mod"); n=$m
  if ! (cd "$m" && go build -o "$tmp/bin" .) 2>"$tmp/builderr"; then
    echo "GO BUILD FAILED: $m"; cat "$tmp/builderr"; continue
  fi
  in=/dev/null; [ -f "$n.in" ] && in=$n.in
  (cd "$tmp" && timeout 20 ./bin >"$n.out" 2>"$tmp/stderr" <"$in"); echo $? >"$n.rc"
  awk '/^$/||/^\[signal/||/^goroutine /{exit} {print}' "$tmp/stderr" >"$n.err"
done
