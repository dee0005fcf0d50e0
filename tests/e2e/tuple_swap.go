package main

import "fmt"

var g1, g2 = "left", "right"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	i := 0
	i, j := i+1, i+2 // j is new; right side uses the old i
	fmt.Println(i, j)
	g1, g2 = g2, g1
	fmt.Println(g1, g2)
	p, q := 3, 4
	p, q = p+q, p*q
	fmt.Println(p, q)
}
