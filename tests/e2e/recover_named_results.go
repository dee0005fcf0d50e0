package main

import "fmt"

func named(n int) (result int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("recovered %v", r)
		}
	}()
	result = n * 2
	msg = "set before panic"
	panic("stop")
}

func namedOverride(n int) (result int) {
	defer func() {
		recover()
		result = -1
	}()
	result = n
	panic("override")
}

func unnamed(n int) int {
	defer func() { recover() }()
	x := n * 10
	if x > 0 {
		panic("positive")
	}
	return x
}

func unnamedString() string {
	defer func() { recover() }()
	panic("s")
}

func main() {
	fmt.Println(named(21))
	fmt.Println(namedOverride(5))
	fmt.Println(unnamed(3), unnamed(-3))
	fmt.Printf("%q\n", unnamedString())
}
