package main

import "fmt"

func f() {
	defer fmt.Println("registered first: runs after recovery")
	defer func() {
		fmt.Println("recovering:", recover())
	}()
	defer fmt.Println("registered last: runs before recovery")
	panic("p")
}

func main() {
	defer fmt.Println("main defer")
	f()
	fmt.Println("back in main")
}
