package main

import "fmt"

func main() {
	var f func()
	defer fmt.Println("earlier defer still runs")
	defer f() // the nil function value panics only when the deferred call runs
	fmt.Println("after defer of nil func")
}
