package main

import "fmt"

// A recovered Stringer panic followed by a new one: both printed through String().
type Stage int

func (s Stage) String() string { return fmt.Sprint("stage ", int(s)) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(Stage(2))
	}()
	panic(Stage(1))
}
