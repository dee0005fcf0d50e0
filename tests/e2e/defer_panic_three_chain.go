package main

import "fmt"

func inner() {
	defer func() { panic("c") }()
	defer func() { panic("b") }()
	panic("a")
}

func main() {
	defer fmt.Println("main defer sees the panic chain")
	inner()
}
