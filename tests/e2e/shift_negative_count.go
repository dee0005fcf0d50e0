package main

import "fmt"

// A negative shift count is a run-time panic; counts may be untyped shifts themselves; untyped
// constants of different kinds compare.
func shift(x, n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	return x << n
}

func main() {
	n := 2
	fmt.Println(1<<(1<<n), shift(3, 2), shift(3, -1), 1 < 2.5, 0.5 == 1)
	m := -1
	x := 8
	x >>= m
	fmt.Println("not reached", x)
}
