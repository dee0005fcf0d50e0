package main

import "fmt"

var unwound int

func level(n int) {
	defer func() { unwound++ }()
	if n == 20 {
		panic(fmt.Sprintf("failure at depth %d", n))
	}
	level(n + 1)
}

func top() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("top caught %q after %d frames unwound", r, unwound)
		}
	}()
	level(1)
	return "no panic"
}

func main() {
	fmt.Println(top())
	fmt.Println(top())
}
