package main

import "fmt"

// With an unnamed result, a deferred closure changing a local variable
// does not change the value already returned.
func unnamed() int {
	x := 1
	defer func() {
		x = 99
		fmt.Println("defer set x to", x)
	}()
	return x
}

func unnamedString() string {
	s := "before"
	defer func() { s = "after" }()
	return s
}

func twoUnnamed() (int, int) {
	a, b := 1, 2
	defer func() { a, b = 100, 200 }()
	return a, b
}

func main() {
	fmt.Println(unnamed())
	fmt.Println(unnamedString())
	fmt.Println(twoUnnamed())
}
