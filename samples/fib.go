// Fibonacci numbers three ways: naive recursion, a loop with tuple
// assignment, and a closure that yields the sequence.
package main

import "fmt"

func fibRecursive(n int) int {
	if n < 2 {
		return n
	}
	return fibRecursive(n-1) + fibRecursive(n-2)
}

func fibLoop(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

// fibGenerator returns a function yielding the next number on each call.
func fibGenerator() func() int {
	a, b := 0, 1
	return func() int {
		next := a
		a, b = b, a+b
		return next
	}
}

func main() {
	next := fibGenerator()
	for i := 0; i <= 10; i++ {
		fmt.Printf("%3d %6d %6d %6d\n", i, fibRecursive(i), fibLoop(i), next())
	}
	fmt.Println("fib(30) =", fibRecursive(30))
	fmt.Println("fib(92) =", fibLoop(92))
}
