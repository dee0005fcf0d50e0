package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, a[3] == b[3])
	full := []int{1, 2, 3}
	x := append(full, 4)
	y := append(full, 5)
	x[0] = 100
	fmt.Println(full, x, y)
	s := []int{1, 2, 3, 4, 5}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	t := []int{1, 2, 3}
	t = append(t, t...)
	fmt.Println(t)
	u := []int{1, 2, 3, 4}
	v := u[:2]
	v = append(v, 30)
	fmt.Println(u, v)
	var none []string
	none = append(none)
	fmt.Println(none == nil, len(none))
	none = append(none, "a", "b", "c")
	fmt.Println(none, len(none))
	bs := append([]byte("hello, "), "world"...)
	fmt.Println(string(bs))
	bs = append(bs[:0], "hi"...)
	fmt.Println(string(bs), len(bs))
	var nilTail []int
	w := append([]int{1}, nilTail...)
	fmt.Println(w)
	type P struct{ A, B int }
	ps := []P{}
	for i := 0; i < 5; i++ {
		ps = append(ps, P{i, i * i})
	}
	fmt.Println(ps)
	matrix := [][]int{}
	for i := 0; i < 3; i++ {
		row := []int{}
		for j := 0; j <= i; j++ {
			row = append(row, j)
		}
		matrix = append(matrix, row)
	}
	fmt.Println(matrix)
	q := make([]int, 0, 4)
	q1 := append(q, 1, 2)
	q2 := append(q1[:1], 9)
	fmt.Println(q1, q2)
}
