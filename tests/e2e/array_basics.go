package main

import "fmt"

// Arrays: declaration, zero values, indexing, len as a constant, value semantics.
const N = len([4]int{})

type Grid [3][3]int

func sum(a [5]int) int {
	s := 0
	for i := 0; i < len(a); i++ {
		s += a[i]
	}
	a[0] = 100 // a copy: the caller's array is unchanged
	return s
}

func main() {
	var a [5]int
	for i := 0; i < 5; i++ {
		a[i] = i * i
	}
	b := a
	b[0] = 42
	fmt.Println(a, b, len(a), N, sum(a), a[0])
	c := [...]string{"x", "y", 4: "z"}
	fmt.Println(len(c), c, c[4] == "z")
	var g Grid
	g[1][2] = 7
	g[2] = [3]int{1, 2, 3}
	fmt.Println(g, g[1][2]+g[2][0])
	p := &a
	p[1] = -1
	fmt.Println(a[1], len(p), p[4])
	d := [3]float64{1.5, 2.5}
	d[2] += d[0] * 2
	d[1]++
	fmt.Printf("%v %.2f %T\n", d, d[2], d)
	fmt.Println(a == b, [2]int{1, 2} == [2]int{1, 2}, [2]string{"a"} != [2]string{"a", ""})
}
