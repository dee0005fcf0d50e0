package main

import "fmt"

func inner() int {
	defer fmt.Println("inner defer")
	panic("inner panic")
}

func middle() (n int) {
	defer func() {
		fmt.Println("middle recovered:", recover())
		n = 7
	}()
	n = inner()
	fmt.Println("unreached in middle")
	return n + 100
}

func main() {
	defer fmt.Println("main defer at normal exit")
	fmt.Println("middle returned", middle())
	fmt.Println("main keeps going")
}
