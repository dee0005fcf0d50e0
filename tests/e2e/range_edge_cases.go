package main

import "fmt"

type Name string

const greeting Name = "hé"

type Holder struct {
	vals [3]int
	grid [2][2]string
}

var total = func() int {
	s := 0
	for i := range 4 {
		s += i
	}
	return s
}()

func main() {
	fmt.Println("total", total)
	// The range expression is outside the variables' scope.
	x := [2]string{"p", "q"}
	for _, x := range x {
		fmt.Print(x)
	}
	fmt.Println(x)
	// A captured array and a closure ranging over it.
	arr := [3]int{1, 2, 3}
	sum := func() int {
		s := 0
		for _, v := range arr {
			s += v
		}
		return s
	}
	arr[0] = 10
	fmt.Println(sum())
	// Fields and dereferenced pointers as range expressions.
	h := Holder{vals: [3]int{4, 5, 6}, grid: [2][2]string{{"a", "b"}, {"c", "d"}}}
	for i, v := range h.vals {
		h.vals[2] = 0
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	hp := &h
	for _, row := range hp.grid {
		for _, cell := range row {
			fmt.Print(cell)
		}
	}
	fmt.Println()
	pa := &arr
	for i, v := range *pa {
		pa[2] = 99
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	// Typed string constants and `=` of keys to an interface.
	for i, r := range greeting {
		fmt.Print(i, string(r))
	}
	fmt.Println()
	var key any
	for key = range "hé!" {
		fmt.Print(key, " ")
	}
	fmt.Println()
	// Nested closures capturing range variables of two loops.
	var fs [4]func() string
	n := 0
	for i := range 2 {
		for _, s := range [2]string{"x", "y"} {
			fs[n] = func() string {
				return func() string { return fmt.Sprint(i, s) }()
			}
			n++
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// Deferred closures capturing range variables.
	func() {
		for i, r := range "ab" {
			defer func() { fmt.Print(i, string(r), " ") }()
		}
	}()
	fmt.Println()
	// Unsigned and 64-bit counts.
	var big uint64
	for i := range uint64(3) {
		big += i
	}
	for range uint64(0) {
		big += 100
	}
	fmt.Println("big", big)
	// Large arrays.
	var large [1000]int
	for i := range large {
		large[i] = i
	}
	s := 0
	for _, v := range large {
		s += v
	}
	fmt.Println("large", s)
	// Return from inside a range loop in a function literal.
	first := func(limit int) int {
		for i := range limit {
			if i*i > 50 {
				return i
			}
		}
		return -1
	}
	fmt.Println(first(100), first(3))
}
