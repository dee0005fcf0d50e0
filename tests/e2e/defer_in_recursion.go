package main

import "fmt"

func down(n int) int {
	defer fmt.Println("leave level", n)
	fmt.Println("enter level", n)
	if n == 0 {
		return 0
	}
	return n + down(n-1)
}

func depth(n int) (d int) {
	defer func() { d++ }()
	if n == 0 {
		return 0
	}
	return depth(n - 1)
}

func main() {
	fmt.Println("sum", down(4))
	fmt.Println("depth", depth(50))
}
