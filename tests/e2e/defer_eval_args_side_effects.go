package main

import "fmt"

var counter int

func next(tag string) int {
	counter++
	fmt.Println("evaluating", tag, "->", counter)
	return counter
}

func show(a, b int) {
	fmt.Println("show", a, b)
}

func main() {
	fmt.Println("start")
	defer show(next("a1"), next("b1"))
	fmt.Println("between defers, counter =", counter)
	defer show(next("a2"), next("b2"))
	counter = 100
	fmt.Println("end of main, counter =", counter)
}
