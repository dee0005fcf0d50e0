package main

import "fmt"

// An uncaught panic whose value is a fmt.Stringer prints String()'s result.
type State int

func (s State) String() string { return fmt.Sprintf("state #%d", int(s)) }

func main() {
	fmt.Println("start")
	panic(State(3))
}
