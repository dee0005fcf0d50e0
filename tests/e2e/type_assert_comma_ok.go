package main

import (
	"errors"
	"fmt"
)

func describe(v interface{}) {
	if n, ok := v.(int); ok {
		fmt.Println("int", n+1)
		return
	}
	s, ok := v.(string)
	fmt.Printf("string? %t %q\n", ok, s)
	if e, ok := v.(error); ok {
		fmt.Println("error", e.Error())
	}
	f, ok := v.(float64)
	fmt.Println("float64?", ok, f)
}

func main() {
	describe(41)
	describe("hi")
	describe(errors.New("bad"))
	describe(0.5)
	describe(nil)
	var a any = true
	b, ok := a.(bool)
	fmt.Println(b, ok)
}
