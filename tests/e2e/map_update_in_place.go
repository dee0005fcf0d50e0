package main

import (
	"fmt"
	"sort"
)

// m[k] op= v and m[k]++: the entry is found once (and made if absent) for an operation that
// cannot panic; the right-hand side is evaluated before the entry is made; an operation that
// panics leaves the map as it was.

func show(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := ""
	for _, k := range keys {
		s += fmt.Sprintf("%s=%d ", k, m[k])
	}
	return fmt.Sprintf("len %d: %s", len(m), s)
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
}

func main() {
	counts := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		counts[w]++
	}
	fmt.Println(show(counts))

	m := map[string]int{"x": 1}
	m["y"] += len(m) // len before "y" is made: 1
	m["x"] += len(m) // 2
	m["z"] -= 5
	m["x"] *= 3
	m["x"] |= 64
	m["x"] &^= 1
	m["x"] ^= 2
	fmt.Println(show(m))

	var zero int
	shift := -1
	try("divide", func() { m["new"] /= zero })
	try("remainder", func() { m["new"] %= zero })
	try("shift", func() { m["new"] <<= shift })
	fmt.Println(show(m))
	m["q"] /= 1
	m["r"] <<= 3
	fmt.Println(show(m))

	words := map[int]string{}
	for i := 0; i < 6; i++ {
		words[i%3] += fmt.Sprint(i)
	}
	fmt.Println(words)

	f := map[string]float64{"pi": 3}
	f["pi"] /= 0 // floating-point division does not panic
	f["e"] += 2.5
	fmt.Println(f)

	calls := 0
	next := func() int { calls++; return calls }
	g := map[int]int{}
	g[next()] += next() // the key's call first, then the operand's
	fmt.Println(g, calls)

	var nilMap map[string]int
	try("nil map", func() { nilMap["k"]++ })
}
