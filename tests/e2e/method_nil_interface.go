package main

import "fmt"

// Calling a method of a nil interface is a nil pointer dereference: a runtime error panic;
// a deferred one panics at the defer statement.
type Runner interface {
	Run() int
}

func call(r Runner) (n int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			n = -1
		}
	}()
	return r.Run()
}

func deferNil() {
	defer func() { fmt.Println("recovered at defer:", recover()) }()
	var r Runner
	defer r.Run()
	fmt.Println("not reached")
}

func main() {
	fmt.Println(call(nil))
	deferNil()
	var err error
	fmt.Println(err.Error())
}
