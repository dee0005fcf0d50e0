package main

import "fmt"

func f() (got string) {
	defer func() {
		got = fmt.Sprintf("%v", recover())
	}()
	defer func() {
		panic("replacement")
	}()
	panic("first")
}

func main() {
	fmt.Println("recovered value:", f())
}
