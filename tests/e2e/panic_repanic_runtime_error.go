// A runtime error recovered and then raised again by the same fault is a repanic in Go: the
// nil dereference is one value of Go's runtime.
package main

import "fmt"

type T struct{ x int }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var p *T
		fmt.Println(p.x)
	}()
	var p *T
	fmt.Println(p.x)
}
