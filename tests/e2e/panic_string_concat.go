package main

import "fmt"

func fail(name string) {
	defer fmt.Println("fail defer for", name)
	panic("cannot process " + name + ": unsupported")
}

func main() {
	fmt.Println("processing")
	fail("widget")
}
