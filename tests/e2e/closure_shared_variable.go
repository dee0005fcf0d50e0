package main

import "fmt"

func main() {
	x := 1
	get := func() int { return x }
	set := func(v int) { x = v }
	fmt.Println("get", get())
	x = 5
	fmt.Println("after x = 5, get", get())
	set(9)
	fmt.Println("after set(9), x", x, "get", get())
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("after two inc, x", x)
}
