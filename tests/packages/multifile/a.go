package main

import "fmt"

// total depends on a variable declared in another file: it is initialized after it.
var total = base * 2

func init() { fmt.Println("init in a.go:", total, base, label) }

func main() {
	fmt.Println("main:", describe(total), counter)
	bump()
	bump()
	fmt.Println("after bumps:", counter)
}
