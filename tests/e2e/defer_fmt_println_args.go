package main

import "fmt"

func main() {
	x := 1
	s := "start"
	defer fmt.Println("println deferred with", x, s)
	defer fmt.Printf("printf deferred: %d %s %t\n", x*10, s+"!", x == 1)
	x = 2
	s = "changed"
	defer fmt.Println("second println", x, s)
	fmt.Println("body", x, s)
}
