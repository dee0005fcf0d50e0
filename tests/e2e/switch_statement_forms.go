package main

import "fmt"

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 2, 3:
		return "small"
	default:
		return "large"
	}
}

func main() {
	for i := 0; i < 5; i += 2 {
		fmt.Println(i, name(i))
	}
	x := 15
	switch {
	case x > 20:
		fmt.Println("big")
	case x > 10:
		fmt.Println("medium")
	default:
		fmt.Println("small")
	}
	switch y := x % 4; y {
	case 3:
		fmt.Println("remainder three")
	}
}
