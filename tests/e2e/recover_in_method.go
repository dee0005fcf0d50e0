package main

import "fmt"

// recover() works in a method called directly as a deferred call, concrete or through an
// interface, and not in a method called by the deferred function.
type Guard string

func (g Guard) Catch() {
	if r := recover(); r != nil {
		fmt.Println(string(g), "caught:", r)
	}
}

func (g Guard) Indirect() {
	g.Catch()
}

type Catcher interface {
	Catch()
}

func concrete() {
	defer Guard("concrete").Catch()
	panic("one")
}

func dynamic() {
	var c Catcher = Guard("dynamic")
	defer c.Catch()
	panic("two")
}

func inLoop() {
	for i := 0; i < 2; i++ {
		var c Catcher = Guard(fmt.Sprint("loop", i))
		defer c.Catch()
	}
	panic("three")
}

func indirect() (result string) {
	defer func() {
		fmt.Println("outer recover:", recover())
		result = "recovered outside"
	}()
	defer Guard("indirect").Indirect()
	panic("four")
}

func main() {
	concrete()
	dynamic()
	inLoop()
	fmt.Println(indirect())
}
