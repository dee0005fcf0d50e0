package main

import "fmt"

type Point struct{ X, Y int }

type Shape interface{ Area() int }

type Square struct{ Side int }

func (s Square) Area() int { return s.Side * s.Side }

func main() {
	a := []int{1, 2, 3}
	b := []string{"x", "y"}
	var c []float64
	d := []int{}
	e := []int{5: 1, 2, 1: 7}
	f := [][]int{{1}, {2, 3}, nil, {}}
	g := []Point{{1, 2}, {X: 3}, Point{5, 6}}
	h := []*Point{{1, 2}, &Point{3, 4}}
	i := []Shape{Square{2}, nil, Square{3}}
	j := []any{1, "two", 3.5, nil, []int{4}}
	k := []func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 2 }}
	l := [][2]bool{{true}, {false, true}}
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b))
	fmt.Println(c, len(c), c == nil)
	fmt.Println(d, len(d), d == nil)
	fmt.Println(e, len(e), cap(e))
	fmt.Println(f, len(f), f[2] == nil, f[3] == nil)
	fmt.Println(g)
	fmt.Println(*h[0], *h[1], len(h))
	fmt.Println(i[0].Area()+i[2].Area(), i[1] == nil)
	fmt.Println(j)
	fmt.Println(k[0](10), k[1](10))
	fmt.Println(l)
	const n = 3
	m := []int{n: 9}
	fmt.Println(m)
}
