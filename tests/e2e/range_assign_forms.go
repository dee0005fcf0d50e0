package main

import "fmt"

type Pair struct {
	Key   int
	Value string
}

var calls int

func index() int {
	calls++
	return calls % 2
}

func main() {
	words := [3]string{"a", "b", "c"}
	// `=` to a struct's fields.
	var p Pair
	for p.Key, p.Value = range words {
		fmt.Println(p)
	}
	fmt.Println("after", p)
	// `=` to array elements, with the index evaluated each iteration.
	var keys [2]int
	for keys[index()] = range 5 {
	}
	fmt.Println(keys, calls)
	// `=` through a pointer.
	var got string
	ptr := &got
	for _, *ptr = range words {
	}
	fmt.Println(got)
	// `_` targets and existing variables keep the last values.
	var i int
	var r rune
	for i, r = range "xyz" {
	}
	fmt.Println(i, string(r))
	for _, r = range "uvw" {
	}
	fmt.Println(string(r))
	for i, _ = range words {
	}
	fmt.Println(i)
	// An interface target holds each value.
	var any1, any2 any
	for any1, any2 = range [2]float64{1.5, 2.5} {
		fmt.Printf("%v %T %v %T\n", any1, any1, any2, any2)
	}
	var s fmt.Stringer
	for _, s = range [2]Pair{{1, "x"}, {2, "y"}} {
		fmt.Println(s.String())
	}
	// A variable declared with := in the loop shadows an outer one of the same name.
	v := "outer"
	for _, v := range words {
		_ = v
	}
	fmt.Println(v)
}

func (p Pair) String() string { return fmt.Sprintf("%d=%s", p.Key, p.Value) }
