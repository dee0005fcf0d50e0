package main

import "fmt"

func helper() {
	r := recover() // not called directly by the deferred function: returns nil
	fmt.Println("helper recover:", r)
}

func f() {
	defer func() {
		helper()
		fmt.Println("deferred func done")
	}()
	panic("not caught by helper")
}

func main() {
	defer fmt.Println("main defer runs during the panic")
	f()
	fmt.Println("unreached")
}
