package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("later deferred func:", recover())
	}()
	defer func() {
		first := recover()
		second := recover()
		fmt.Println("first:", first, "second:", second)
	}()
	panic("once")
}

func main() {
	f()
	fmt.Println("main continues")
}
