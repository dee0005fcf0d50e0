package main

import "fmt"

func main() {
	defer fmt.Println("main defer runs last")
	work := func(name string) {
		defer fmt.Println("closure defer for", name)
		fmt.Println("closure body", name)
	}
	work("a")
	fmt.Println("between calls")
	work("b")
	func() {
		defer fmt.Println("immediate closure defer")
		fmt.Println("immediate closure body")
	}()
	fmt.Println("main body end")
}
