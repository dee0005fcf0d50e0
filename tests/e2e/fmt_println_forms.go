package main

import "fmt"

func main() {
	fmt.Println()
	fmt.Println("a", "b", 1, 2, true, false)
	fmt.Println(-0, 1-2, "")
	fmt.Println("", "")
	x := 3
	fmt.Println(x, x == 3, "x")
}
