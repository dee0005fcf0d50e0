package main

import "fmt"

func dive(n int) {
	defer fmt.Println("unwinding level", n)
	if n == 3 {
		panic(fmt.Sprintf("bottom reached at %d", n))
	}
	dive(n + 1)
}

func main() {
	defer fmt.Println("main defer")
	dive(0)
}
