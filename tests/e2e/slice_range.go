package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func main() {
	s := []int{10, 20, 30}
	for i, v := range s {
		fmt.Println(i, v)
	}
	sum := 0
	for _, v := range s {
		sum += v
	}
	fmt.Println(sum)
	for i := range s {
		s[i] *= 2
	}
	fmt.Println(s)
	// The slice is evaluated once: appending in the body does not extend the loop, but
	// element changes are seen.
	for i, v := range s {
		if i == 0 {
			s = append(s, 99)
			s[2] = -1
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	t := []int{1, 2, 3}
	for i, v := range t {
		if i == 0 {
			t[2] = 300
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var none []string
	for range none {
		fmt.Println("never")
	}
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Qty = 100 // a copy
	}
	for i := range items {
		items[i].Qty++
	}
	fmt.Println(items)
	var fs []func() int
	for i, v := range []int{5, 6, 7} {
		fs = append(fs, func() int { return i * v })
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
	grid := [][]string{{"a", "b"}, {"c"}}
	for r, row := range grid {
		for c, cell := range row {
			fmt.Print(r, c, cell, ";")
		}
	}
	fmt.Println()
	var k, v int
	for k, v = range []int{4, 5} {
	}
	fmt.Println(k, v)
	var anys []any
	for _, x := range []string{"x", "y"} {
		anys = append(anys, x)
	}
	var a any
	for _, a = range []int{8, 9} {
	}
	fmt.Println(anys, a)
	for i, b := range []byte("hi") {
		fmt.Println(i, b)
	}
	count := 0
	for range make([]struct{}, 5) {
		count++
	}
	fmt.Println(count)
}
