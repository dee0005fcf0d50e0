package main

import "fmt"

// A named function deferred directly may call recover: it IS the deferred function.
func handle() {
	if r := recover(); r != nil {
		fmt.Println("handle recovered:", r)
	}
}

func work(n int) {
	defer handle()
	if n%2 == 0 {
		panic(fmt.Sprintf("even %d", n))
	}
	fmt.Println("odd", n)
}

func main() {
	for i := 0; i < 4; i++ {
		work(i)
	}
	fmt.Println("done")
}
