// sort.Sort, Stable, IsSorted and Reverse over user types implementing sort.Interface.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

// counted wraps an Interface and counts the calls: the sorts must stay O(n log n).
type counted struct {
	sort.Interface
	calls int
}

func (c *counted) Less(i, j int) bool { c.calls++; return c.Interface.Less(i, j) }
func (c *counted) Swap(i, j int)      { c.calls++; c.Interface.Swap(i, j) }

func pattern(name string, n int) []int {
	a := make([]int, n)
	seed := uint32(7)
	for i := range a {
		switch name {
		case "sorted":
			a[i] = i
		case "reversed":
			a[i] = n - i
		case "equal":
			a[i] = 4
		case "organ":
			a[i] = min(i, n-i)
		case "sawtooth":
			a[i] = i % 37
		case "random":
			seed = seed*1103515245 + 12345
			a[i] = int(seed >> 8)
		}
	}
	return a
}

func main() {
	people := byAge{{"ann", 31}, {"bob", 25}, {"cid", 31}, {"dee", 19}, {"eve", 25}, {"fay", 31}, {"gus", 40}}
	stable := append(byAge{}, people...)
	sort.Stable(stable)
	fmt.Println(stable, sort.IsSorted(stable))
	sort.Stable(sort.Reverse(stable))
	fmt.Println(stable, sort.IsSorted(stable), sort.IsSorted(sort.Reverse(stable)))

	// Distinct keys: the unstable sort's result is unique.
	distinct := byAge{{"a", 5}, {"b", 3}, {"c", 9}, {"d", 1}, {"e", 7}}
	sort.Sort(distinct)
	fmt.Println(distinct)
	sort.Sort(sort.Reverse(distinct))
	fmt.Println(distinct)

	// Stability on many equal keys: each key's names stay in input order.
	var many byAge
	for i := 0; i < 300; i++ {
		many = append(many, person{fmt.Sprint(i), (i * 7) % 5})
	}
	sort.Stable(many)
	ok := sort.IsSorted(many)
	for i := 1; i < len(many); i++ {
		if many[i].age == many[i-1].age && len(many[i].name) == len(many[i-1].name) && many[i].name < many[i-1].name {
			ok = false
		}
	}
	fmt.Println("stable 300:", ok, many[0], many[59], many[60], many[299])

	for _, name := range []string{"sorted", "reversed", "equal", "organ", "sawtooth", "random"} {
		for _, n := range []int{0, 1, 2, 3, 11, 12, 13, 100, 20000} {
			a := pattern(name, n)
			c := &counted{Interface: sort.IntSlice(a)}
			sort.Sort(c)
			fast := c.calls <= 60*n+100
			b := pattern(name, n)
			s := &counted{Interface: sort.IntSlice(b)}
			sort.Stable(s)
			stableFast := s.calls <= 60*n*15+100
			if !sort.IntsAreSorted(a) || !sort.IntsAreSorted(b) || !fast || !stableFast {
				fmt.Println("FAIL", name, n, c.calls, s.calls)
			}
		}
	}
	fmt.Println("patterns done")
}
