#!/usr/bin/env python3
"""Writes a large Go program for compile-time measurements: N units, each a struct type with a
method, a function with loops, a map, a slice, a deferred call, a closure and fmt calls (about
17 lines per unit, so N=2000 is about 35,000 lines).

usage: gen_big.py N > big.go
"""
import sys

UNIT = """
type T{i} struct {{ a, b int; name string }}

func (t *T{i}) Sum() int {{ return t.a + t.b + len(t.name) }}

func f{i}(n int) (total int) {{
	defer func() {{ total += {i} % 7 }}()
	m := map[string]int{{"k{i}": n}}
	s := []int{{}}
	for j := 0; j < n; j++ {{
		s = append(s, j*{i}%13)
		m[fmt.Sprint("k", j%3)] += j
	}}
	add := func(x int) int {{ return x + len(s) }}
	t := &T{i}{{a: n, b: m["k0"], name: strings.Repeat("x", n%5)}}
	return add(t.Sum())
}}
"""

def main():
    n = int(sys.argv[1])
    out = ["package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n"]
    out.extend(UNIT.format(i=i) for i in range(n))
    out.append("\nfunc main() {\n\ttotal := 0\n")
    out.extend("\ttotal += f%d(%d)\n" % (i, i % 10) for i in range(n))
    out.append("\tfmt.Println(total)\n}\n")
    sys.stdout.write("".join(out))

main()
