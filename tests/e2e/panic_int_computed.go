package main

import "fmt"

func sum(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	return s
}

func main() {
	fmt.Println("sum computed")
	panic(sum(10) * -1)
}
