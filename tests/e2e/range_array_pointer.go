package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	p := &a
	// Through a pointer, elements are read as the loop goes: writes are seen.
	for i, v := range p {
		if i == 0 {
			p[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(a)
	// A nil pointer with only the index: len(p) is a constant, p is not dereferenced.
	var nilp *[4]string
	n := 0
	for i := range nilp {
		n += i
	}
	fmt.Println("n", n)
	for range nilp {
		n++
	}
	fmt.Println("n", n)
	// Nor is *nilp evaluated with only the index.
	for i := range *nilp {
		n += i
	}
	fmt.Println("n", n)
	// With `_` as the value, the pointer is evaluated but no element is read.
	for i, _ := range nilp {
		n += i
	}
	fmt.Println("n", n)
	// Reading an element through the nil pointer panics.
	readNil(nilp)
	fmt.Println("after readNil")
}

func readNil(p *[4]string) {
	defer func() { fmt.Println("recovered:", recover()) }()
	for i, v := range p {
		fmt.Println("never", i, v)
	}
}
