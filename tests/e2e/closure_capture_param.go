package main

import "fmt"

func adder(base int) func(int) int {
	return func(d int) int {
		base += d
		return base
	}
}

func greeter(greeting string) func(string) string {
	return func(name string) string {
		return greeting + ", " + name
	}
}

func main() {
	add := adder(10)
	fmt.Println(add(1), add(2), add(3))
	hi := greeter("hi")
	hello := greeter("hello")
	fmt.Println(hi("ann"))
	fmt.Println(hello("bob"))
}
