package main

import "fmt"

func apply(f func()) {
	f()
	f()
}

func main() {
	total := 0
	name := "x"
	apply(func() {
		total += 5
		name = name + "y"
	})
	fmt.Println(total, name)
	func() {
		total = total * 2
	}()
	fmt.Println(total)
}
