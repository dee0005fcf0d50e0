// clear (Go 1.21): a map loses every entry; a slice's elements up to its length become zero
// values (its length and the elements beyond it stay). Also maps of slices and slices of maps.
package main

import "fmt"

type pair struct {
	name string
	p    *int
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["c"] = 3
	fmt.Println(m, alias)

	var nilMap map[int]int
	clear(nilMap)
	fmt.Println(nilMap == nil)

	s := []int{1, 2, 3, 4, 5}
	clear(s[1:3])
	fmt.Println(s, len(s), cap(s))
	whole := s[:2]
	clear(whole)
	fmt.Println(s, s[:5])

	x := 7
	ps := []pair{{"x", &x}, {"y", nil}}
	clear(ps)
	fmt.Printf("%+v %v\n", ps, ps[0].p == nil)

	var nilSlice []string
	clear(nilSlice)
	fmt.Println(nilSlice == nil)

	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		key := "odd"
		if i%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], i)
	}
	fmt.Println(groups, len(groups["even"]))
	clear(groups["odd"])
	fmt.Println(groups)

	tables := []map[string]int{{"a": 1}, {}, nil}
	tables[1]["z"] = 26
	for i, t := range tables {
		fmt.Println(i, t, len(t), t == nil)
	}
	clear(tables[0])
	fmt.Println(tables)
}
