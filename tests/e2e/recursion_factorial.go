package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	for i := 0; i <= 20; i++ {
		fmt.Printf("%d! = %d\n", i, fact(i))
	}
}
