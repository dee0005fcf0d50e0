package main

import "fmt"

// An uncaught panic runs the defers of every frame, innermost frame first.
func level4() {
	defer fmt.Println("level4 defer")
	fmt.Println("level4 panics")
	panic("deep failure")
}

func level3() {
	defer fmt.Println("level3 defer 1")
	defer fmt.Println("level3 defer 2")
	level4()
	fmt.Println("level3 after call (unreached)")
}

func level2() {
	defer func() { fmt.Println("level2 deferred closure") }()
	level3()
}

func level1() {
	defer fmt.Println("level1 defer")
	level2()
}

func main() {
	defer fmt.Println("main defer")
	level1()
	fmt.Println("main after level1 (unreached)")
}
