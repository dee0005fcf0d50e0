package main

import "fmt"

func counter(start int) func() int {
	n := start
	return func() int {
		n++
		return n
	}
}

func main() {
	a := counter(0)
	b := counter(100)
	fmt.Println(a(), a(), a())
	fmt.Println(b(), b())
	fmt.Println(a())
}
