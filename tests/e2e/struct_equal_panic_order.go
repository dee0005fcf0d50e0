// gc compares the fields up to each interface field first: R{f, "f"} == R{f, "g"} panics.
package main

import "fmt"

type P struct {
	k string
	v interface{}
}
type R struct {
	v interface{}
	k string
}
type N struct {
	a int
	v interface{}
}

func main() {
	defer func() { fmt.Println("rec:", recover()) }()
	fmt.Println(N{1, func() {}} == N{2, func() {}})
	fmt.Println(R{func() {}, "f"} == R{func() {}, "g"})
	var x, y interface{} = P{"f", func() {}}, P{"g", func() {}}
	fmt.Println(x == y)
	fmt.Println(P{"f", func() {}} == P{"g", func() {}})
}
