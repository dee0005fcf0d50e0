// range over maps: keys and values, key only, no variables, a nil map, deletion and insertion
// during the loop (Go's guarantees only), per-iteration variables, and `=` targets. The output
// does not depend on the iteration order.
package main

import "fmt"

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

type point struct{ x, y int }

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	sum := 0
	for k, v := range m {
		if m[k] != v {
			fmt.Println("mismatch", k)
		}
		sum += v
	}
	fmt.Println(sum, sortedKeys(m))

	n := 0
	for range m {
		n++
	}
	fmt.Println("iterations:", n)

	var nilMap map[int]string
	for k, v := range nilMap {
		fmt.Println("never", k, v)
	}

	// Deleting every entry while ranging: each one is seen at most once.
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	fmt.Println("seen:", seen, "left:", len(m))

	// Deleting an entry not yet reached means it is not produced.
	big := map[int]bool{}
	for i := 0; i < 100; i++ {
		big[i] = true
	}
	produced := 0
	for k := range big {
		produced++
		partner := 99 - k
		if partner != k {
			delete(big, partner)
		}
	}
	fmt.Println("produced:", produced, "left:", len(big))

	// Entries added during the loop may or may not be produced: only bounds are checked.
	grow := map[int]int{0: 0, 1: 1, 2: 2}
	count := 0
	for k := range grow {
		count++
		if k < 1000 {
			grow[k+1000] = k
		}
	}
	fmt.Println("grow ok:", count >= 3 && count <= 6, len(grow))

	// Per-iteration variables: each closure keeps its own key and value.
	squares := map[int]int{1: 1, 2: 4, 3: 9}
	var funcs []func() int
	for k, v := range squares {
		funcs = append(funcs, func() int { return k*100 + v })
	}
	total := 0
	for _, f := range funcs {
		total += f()
	}
	fmt.Println("closures:", total)

	// `=` targets: a field and a variable.
	var p point
	var key int
	points := map[int]int{7: 49}
	for key, p.y = range points {
		p.x = key
	}
	fmt.Println(p, key)

	// Struct keys and slice values.
	groups := map[point][]string{{1, 2}: {"a", "b"}, {3, 4}: {"c"}}
	items := 0
	for pt, names := range groups {
		items += len(names) * (pt.x + pt.y)
	}
	fmt.Println("items:", items)

	// Maps of maps.
	nested := map[string]map[string]int{"x": {"a": 1}, "y": {"b": 2, "c": 3}}
	inner := 0
	for _, mm := range nested {
		for _, v := range mm {
			inner += v
		}
	}
	fmt.Println("nested:", inner, nested)
}
