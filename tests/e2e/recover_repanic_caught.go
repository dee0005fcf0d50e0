package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		panic(fmt.Sprintf("wrapped(%v)", r))
	}()
	panic("root")
}

func outer() (msg string) {
	defer func() {
		msg = fmt.Sprintf("outer got %v", recover())
	}()
	inner()
	return "unreached"
}

func main() {
	fmt.Println(outer())
}
