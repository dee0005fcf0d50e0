package main

import "fmt"

func makeLogger(prefix string) func(int) {
	return func(n int) { fmt.Println(prefix, n) }
}

func main() {
	logA := makeLogger("A:")
	logB := makeLogger("B:")
	defer logA(1)
	defer logB(2)
	handler := logA
	defer handler(3)
	handler = logB
	var stop func() = func() { fmt.Println("stop called") }
	defer stop()
	fmt.Println("main body")
}
