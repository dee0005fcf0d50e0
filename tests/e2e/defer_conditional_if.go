package main

import "fmt"

// A defer is registered only when its statement executes.
func pick(taken bool) {
	fmt.Println("pick start", taken)
	if taken {
		defer fmt.Println("deferred in taken branch")
	} else {
		defer fmt.Println("deferred in else branch")
	}
	if !taken {
		defer fmt.Println("deferred only when not taken")
	}
	fmt.Println("pick end", taken)
}

func chain(n int) {
	if n == 1 {
		defer fmt.Println("one")
	} else if n == 2 {
		defer fmt.Println("two")
	} else {
		defer fmt.Println("other")
	}
	fmt.Println("chain body", n)
}

func main() {
	pick(true)
	pick(false)
	chain(1)
	chain(2)
	chain(7)
	if false {
		defer fmt.Println("never registered")
	}
	fmt.Println("main end")
}
