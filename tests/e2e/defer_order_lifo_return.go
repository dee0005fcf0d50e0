package main

import "fmt"

func tag(s string) { fmt.Println("defer", s) }

func compute(x int) int {
	defer tag("A")
	defer tag("B")
	if x > 10 {
		defer tag("C big")
		return x - 10
	}
	defer tag("C small")
	return x + 10
}

func main() {
	fmt.Println(compute(3))
	fmt.Println(compute(30))
}
