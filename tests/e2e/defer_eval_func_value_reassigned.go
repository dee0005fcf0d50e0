package main

import "fmt"

func hello(s string) { fmt.Println("hello", s) }
func bye(s string)   { fmt.Println("bye", s) }

func main() {
	f := hello
	msg := "first"
	defer f(msg) // f and msg are evaluated now: hello("first")
	f = bye
	msg = "second"
	defer f(msg) // bye("second")
	f = func(s string) { fmt.Println("literal", s) }
	msg = "third"
	fmt.Println("calling f now")
	f(msg)
}
