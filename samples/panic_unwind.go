// An uncaught panic unwinds every frame: each frame's deferred calls run,
// innermost frame first, and then the program dies with exit status 2.
package main

import "fmt"

func parse(depth int) {
	defer fmt.Printf("parse(%d): deferred cleanup\n", depth)
	if depth == 3 {
		panic(fmt.Sprintf("parse error at depth %d", depth))
	}
	parse(depth + 1)
}

func load() {
	defer fmt.Println("load: closing file")
	parse(1)
	fmt.Println("load: never printed")
}

func main() {
	defer fmt.Println("main: deferred call runs before the crash report")
	load()
}
