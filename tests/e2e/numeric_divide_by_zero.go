package main

import "fmt"

func div(a, b uint16) uint16 { return a / b }

func main() {
	defer fmt.Println("deferred")
	var x int8 = -128
	var y int8 = -1
	fmt.Println(x / y, x % y, div(7, 2))
	fmt.Println(div(1, 0))
}
