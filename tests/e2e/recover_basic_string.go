package main

import "fmt"

func safe() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	fmt.Println("safe body")
	panic("something bad")
}

func main() {
	safe()
	fmt.Println("main continues after safe()")
}
