package main

import "fmt"

var total int
var label = "start"
var (
	flag  bool
	scale = 3
	twice = scale * 2
)
var handler func(int) int

func bump(n int) {
	total += n * scale
}

func main() {
	fmt.Println(total, label, flag, scale, twice, handler == nil)
	bump(2)
	bump(5)
	label = "end"
	flag = !flag
	handler = func(x int) int { return x + total }
	fmt.Println(total, label, flag, handler(1), handler != nil)
	var local int
	var s string
	var ok bool
	fmt.Println(local, s == "", ok)
}
