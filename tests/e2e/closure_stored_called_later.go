package main

import "fmt"

var saved func() string

func remember(s string) {
	msg := "remembered " + s
	saved = func() string { return msg }
	msg = msg + " (updated)"
}

func compose(f func(int) int, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	remember("alpha")
	fmt.Println(saved())
	inc := func(x int) int { return x + 1 }
	sq := func(x int) int { return x * x }
	fmt.Println(compose(inc, sq)(3), compose(sq, inc)(3))
	var ops func(int) int
	ops = compose(compose(inc, inc), sq)
	fmt.Println(ops(1))
}
