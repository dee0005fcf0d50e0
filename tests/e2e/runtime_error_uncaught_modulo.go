package main

import "fmt"

func rem(a, b int) int { return a % b }

func main() {
	fmt.Println(rem(10, 3))
	fmt.Println(rem(10, 0))
}
