package main

import "fmt"

func apply(n int, f func(int) int) int {
	return f(n)
}

func twice(f func(int) int) func(int) int {
	return func(x int) int { return f(f(x)) }
}

func pick(add bool) func(int, int) int {
	if add {
		return func(a, b int) int { return a + b }
	}
	return func(a, b int) int { return a - b }
}

func square(x int) int { return x * x }

func main() {
	fmt.Println(apply(5, square))
	fmt.Println(twice(square)(3))
	fmt.Println(pick(true)(10, 4), pick(false)(10, 4))
	var op func(int) int
	fmt.Println(op == nil)
	op = twice(twice(func(x int) int { return x + 1 }))
	fmt.Println(op(0), op != nil)
}
