package main

import "fmt"

// A panic with a value of a type with a non-ASCII name prints the name as it is written.

type Maß int

type Größe int

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var v interface{} = Größe(1)
		_ = v.(Maß)
	}()
	panic(Maß(3))
}
