package main

import "fmt"

func leaf() {
	panic("leaf panic")
}

func guarded() {
	defer func() { fmt.Println("guarded recovered:", recover()) }()
	leaf()
}

func main() {
	guarded()
	fmt.Println("after guarded")
	defer func() { fmt.Println("main recover:", recover()) }()
	defer fmt.Println("main defer before recover")
	panic("second panic in main")
}
