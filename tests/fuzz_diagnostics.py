#!/usr/bin/env python3
"""Mutation fuzz test of the compiler's front end and code generator.

Makes deterministic mutants (fixed seed) of the Go programs in DIR, runs `minigo ir` on each and
checks that it either succeeds or reports an error the usual way: exit status 1 and a first
stderr line `FILE:LINE:COL: error: ...`. A signal, an abort, an internal error (such as an LLVM
verifier failure) or a hang is a failure; the failing mutants are kept in OUT for reproduction.

usage: fuzz_diagnostics.py MINIGO DIR OUT [COUNT] [SEED]
"""
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

TOKEN = re.compile(rb'[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9A-Za-z_.]*|"(?:\\.|[^"\\\n])*"|`[^`]*`|'
                   rb"'(?:\\.|[^'\\\n])*'|\s+|.", re.S)
KEYWORDS = [b'break', b'case', b'chan', b'const', b'continue', b'default', b'defer', b'else',
            b'fallthrough', b'for', b'func', b'go', b'goto', b'if', b'import', b'interface', b'map',
            b'package', b'range', b'return', b'select', b'struct', b'switch', b'type', b'var',
            b'nil', b'iota', b'true', b'recover', b'panic', b'len', b'new', b'main', b'int', b'string']
PUNCTUATION = [bytes([c]) for c in b'+-*/%&|^<>=!()[]{},;.:~"`\'\\#@$?\n'] + [
    b':=', b'...', b'<-', b'&&', b'||', b'<<', b'>>', b'&^', b'==', b'!=', b'++', b'--', b'/*', b'//']
INVALID_UTF8 = [b'\xff', b'\xc3', b'\xc0\xaf', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'\xe2\x82']
# Literals at the edges of what the checker and code generator must handle.
EDGE_LITERALS = [b'0', b'-1', b'9223372036854775807', b'-9223372036854775808', b'1<<63', b'1e308',
                 b'-0.0', b'""', b"'a'", b'nil', b'true']
DIAGNOSTIC = re.compile(r'^[^:]+:[0-9]+:[0-9]+: error: ')
TIMEOUT = 20  # seconds per mutant; a correct run takes well under one


def mutate(rng, source):
    """Applies one to three random edits to the source text (bytes)."""
    for _ in range(rng.randint(1, 3)):
        tokens = TOKEN.findall(source) or [b'']
        lines = source.split(b'\n')
        i, j = rng.randrange(len(tokens)), rng.randrange(len(tokens))
        k, m = rng.randrange(len(lines)), rng.randrange(len(lines))
        op = rng.randrange(12)
        if op == 0:
            del tokens[i]
        elif op == 1:
            tokens.insert(i, tokens[i])
        elif op == 2:
            tokens[i], tokens[j] = tokens[j], tokens[i]
        elif op == 3:
            tokens.insert(i, b' ' + rng.choice(KEYWORDS) + b' ')
        elif op == 4:
            tokens.insert(i, rng.choice(PUNCTUATION))
        elif op == 5:
            tokens.insert(i, rng.choice([b'\0', rng.choice(INVALID_UTF8)]))
        elif op == 6:
            # another token of the file keeps most mutants well-formed, so they reach codegen
            tokens[i] = rng.choice([t for t in tokens if not t.isspace()] or [b'x'])
        elif op == 7:
            tokens[i] = rng.choice(EDGE_LITERALS)
        elif op == 8:
            del lines[k]
        elif op == 9:
            lines.insert(k, lines[m])
        elif op == 10:
            lines[k], lines[m] = lines[m], lines[k]
        if op <= 7:
            source = b''.join(tokens)
        elif op <= 10:
            source = b'\n'.join(lines)
        else:
            source = source[:rng.randrange(len(source) + 1)]
    return source


def verdict(minigo, path):
    """'compiled' or 'rejected' if minigo behaved, else what went wrong."""
    try:
        run = subprocess.run([minigo, 'ir', '-o', os.devnull, path], stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return f'no result after {TIMEOUT} s'
    first = run.stderr.decode('utf-8', 'replace').split('\n', 1)[0]
    if run.returncode == 0:
        return 'compiled'
    if run.returncode == 1 and DIAGNOSTIC.match(first):
        return 'rejected'
    return f'exit status {run.returncode}: {first[:200]}'


def main():
    minigo, directory, out = sys.argv[1:4]
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 3000
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 7)
    sources = []
    for name in sorted(os.listdir(directory)):
        if name.endswith('.go'):
            with open(os.path.join(directory, name), 'rb') as f:
                sources.append((name[:-3], f.read()))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n in range(count):
            name, source = sources[n % len(sources)]
            path = os.path.join(tmp, f'{name}.{n}.go')
            with open(path, 'wb') as f:
                f.write(mutate(rng, source))
            paths.append(path)
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            results = list(pool.map(lambda p: verdict(minigo, p), paths))
        failures = [(p, r) for p, r in zip(paths, results) if r not in ('compiled', 'rejected')]
        if failures:
            os.makedirs(out, exist_ok=True)
        for path, reason in failures:
            shutil.copy(path, out)
            print(f'FAIL {os.path.join(out, os.path.basename(path))}: {reason}')
    print(f'{count - len(failures)} of {count} mutants passed ({results.count("compiled")} compiled)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
