#!/usr/bin/env bash
# Runs `$MINIGO build` on every fail_*.go in DIR (from DIR, so that messages name the bare file),
# and on every fail_*/ directory (a module, built as `.` from inside it, whose want.txt holds the
# expected first line), and checks that it fails with exit status 1 and that stderr starts with:
#   1. exactly the text after `// want: ` on the file's first line (or want.txt's line),
#   2. the offending source line (a NUL byte in it written as \x00),
#   3. a caret line (spaces/tabs, then `^`).
set -u
dir=${1:?usage: check_diagnostics.sh DIR}
minigo=${MINIGO:?set MINIGO to the minigo compiler}
case $minigo in /*) ;; *) minigo=$PWD/$minigo ;; esac
cd "$dir" || exit 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passed=0
failed=0
fail() {
  echo "FAIL $1: $2"
  failed=$((failed + 1))
}
for file in fail_*.go fail_*/; do
  [ -e "$file" ] || continue
  if [ -d "$file" ]; then
    want=$(head -n 1 "$file/want.txt")
    (cd "$file" && "$minigo" build -o "$out/prog" . 2>"$out/stderr" >/dev/null)
    status=$?
    source_file=$file/$(printf '%s\n' "$want" | cut -d: -f1)
  else
    want=$(head -n 1 "$file" | sed -n 's|^// want: ||p')
    if [ -z "$want" ]; then
      fail "$file" "first line is not '// want: ...'"
      continue
    fi
    "$minigo" build -o "$out/prog" "$file" 2>"$out/stderr" >/dev/null
    status=$?
    source_file=$file
  fi
  line1=$(sed -n 1p "$out/stderr")
  line2=$(sed -n 2p "$out/stderr")
  line3=$(sed -n 3p "$out/stderr")
  # The source line the message points at, from its `file:LINE:COL:` prefix.
  lineno=$(printf '%s\n' "$want" | cut -d: -f2)
  # llvm::SourceMgr prints the line with tabs expanded to 8-column stops, as `expand` does;
  # minigo shows a NUL byte as \x00.
  source=$(sed -n "${lineno}p" "$source_file" | LC_ALL=C sed 's/\x00/\\x00/g' | expand)
  if [ "$status" -ne 1 ]; then
    fail "$file" "exit status $status, want 1"
  elif [ "$line1" != "$want" ]; then
    fail "$file" "first line"$'\n'"  got:  $line1"$'\n'"  want: $want"
  elif [ "$line2" != "$source" ]; then
    fail "$file" "second line is not the source line"$'\n'"  got:  $line2"$'\n'"  want: $source"
  elif ! printf '%s\n' "$line3" | grep -qE '^[[:space:]]*\^'; then
    fail "$file" "third line is not a caret line: $line3"
  else
    passed=$((passed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
