package main

import "fmt"

// Defers after an early return are never registered; the ones before it still run.
func work(n int) int {
	defer fmt.Println("first defer, n =", n)
	if n < 0 {
		fmt.Println("early return for", n)
		return -1
	}
	defer fmt.Println("second defer, n =", n)
	if n == 0 {
		return 0
	}
	defer fmt.Println("third defer, n =", n)
	fmt.Println("full body for", n)
	return n * 2
}

func main() {
	fmt.Println("result", work(-5))
	fmt.Println("result", work(0))
	fmt.Println("result", work(4))
}
