package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fibIter(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	for i := 0; i < 15; i++ {
		fmt.Printf("%d ", fib(i))
	}
	fmt.Println("")
	fmt.Println(fib(25), fibIter(25), fibIter(90))
}
