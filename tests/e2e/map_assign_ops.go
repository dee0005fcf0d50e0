package main

import "fmt"

type Counter struct {
	hits map[string]int
}

func (c *Counter) Hit(k string) { c.hits[k]++ }

func main() {
	m := map[string]int{}
	m["a"] = 5
	m["a"] += 3
	m["a"] -= 1
	m["a"] *= 4
	m["a"] /= 2
	m["a"] %= 10
	m["a"] <<= 2
	m["a"] |= 1
	m["b"]++
	m["b"]++
	m["c"]--
	fmt.Println(m)
	f := map[int]float64{}
	f[1] += 1.5
	f[1] *= 3
	fmt.Println(f)
	s := map[string]string{}
	s["x"] += "hello"
	s["x"] += ", world"
	fmt.Println(s)
	c := Counter{hits: map[string]int{}}
	for i := 0; i < 5; i++ {
		c.Hit("x")
		if i%2 == 0 {
			c.Hit("y")
		}
	}
	fmt.Println(c.hits)
	// Tuple assignment: locations and values first, then assignment left to right.
	m["p"], m["q"] = 1, 2
	m["p"], m["q"] = m["q"], m["p"]
	fmt.Println(m["p"], m["q"])
	i := 0
	arr := map[int]int{}
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
	type P struct{ X int }
	ps := map[string]P{"a": {1}}
	p := ps["a"]
	p.X = 7
	ps["a"] = p
	fmt.Println(ps)
	pp := map[string]*P{"a": {1}}
	pp["a"].X = 8
	fmt.Println(pp["a"].X)
}
