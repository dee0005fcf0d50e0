package main

import "fmt"

func f() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "and panicking again")
		panic(fmt.Sprintf("re-panic after %v", r))
	}()
	panic("original")
}

func main() {
	defer fmt.Println("main defer")
	f()
}
