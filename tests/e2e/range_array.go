package main

import "fmt"

type Point struct{ X, Y int }

type Grid [2][3]int

func main() {
	a := [4]int{10, 20, 30, 40}
	for i, v := range a {
		fmt.Println(i, v)
	}
	// The array is copied once when the loop starts: later writes are not seen.
	for i, v := range a {
		if i == 0 {
			a[3] = 99
			a[1] = -1
		}
		fmt.Print(v, " ")
	}
	fmt.Println(a)
	// With only the index, no copy: writes are visible through a[i].
	for i := range a {
		if i == 0 {
			a[2] = 7
		}
		fmt.Print(a[i], " ")
	}
	fmt.Println()
	// Arrays of structs; the value is a copy of the element.
	ps := [3]Point{{1, 2}, {3, 4}, {5, 6}}
	for _, p := range ps {
		p.X = 100
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].X *= 10
	}
	fmt.Println(ps)
	// Nested arrays and a named array type.
	var g Grid
	for i, row := range g {
		for j := range row {
			g[i][j] = i*10 + j
		}
	}
	fmt.Println(g)
	sum := 0
	for _, row := range g {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println("sum", sum)
	// An empty array, an array literal, an array returned by a call.
	var empty [0]string
	for range empty {
		fmt.Println("never")
	}
	for i, s := range [...]string{"x", "y"} {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	for _, v := range makeArray() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	// Arrays of strings and interfaces.
	var things [3]any
	things[0], things[1], things[2] = 1, "two", 3.5
	for i, t := range things {
		fmt.Printf("%d %v %T\n", i, t, t)
	}
}

func makeArray() [3]int {
	return [3]int{7, 8, 9}
}
