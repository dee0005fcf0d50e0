package main

import "fmt"

func call(f func() int) (v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			v = -1
		}
	}()
	return f()
}

func main() {
	fmt.Println(call(func() int { return 5 }))
	var nilFunc func() int
	fmt.Println(call(nilFunc))
}
