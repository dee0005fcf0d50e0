#!/usr/bin/env bash
# Regenerates stdlib/unicode/tables.go from the build machine's ICU (Debian: libicu-dev, ICU 72
# for Unicode 15.0, the version of Go 1.26's tables): scripts/gen_unicode_tables.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
c++ -std=c++20 -O2 -o "$tmp/gen" "$root/scripts/gen_unicode_tables.cpp" $(pkg-config --cflags --libs icu-uc)
"$tmp/gen" >"$root/stdlib/unicode/tables.go"
