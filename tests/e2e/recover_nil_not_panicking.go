package main

import "fmt"

func calm() (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprintf("recover returned %v, nil? %t", r, r == nil)
	}()
	return "normal"
}

func main() {
	fmt.Println(calm())
	fmt.Println("direct call in main:", recover())
}
