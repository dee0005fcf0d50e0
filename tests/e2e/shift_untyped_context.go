package main

// Non-constant shifts of untyped constants take their type from the context (Go spec, shifts).

import "fmt"

type Bits int

const (
	Read Bits = 1 << iota
	Write
)

func main() {
	c := 2
	var b Bits = 1 << c
	b = b | 1<<c | Read
	x := 1 << c
	var f float64 = float64(x << 1)
	fmt.Println(b, x, f, 1<<c == 4, Bits(1<<c), -(1 << c), 1<<c+1)
	fmt.Printf("%T %T\n", b, 1<<c)
	println(1 << c)
	more()
}

func more() {
	c := 3
	switch 1 << c {
	case 8:
		fmt.Println("eight")
	}
	if 1<<c > 4 && 2 < 1<<c {
		fmt.Println("big", 1<<c-1, (1<<c)/2, ^(1 << c))
	}
	var i interface{} = 1 << c
	fmt.Printf("%T %v\n", i, i)
	var s int = 1.0 << c
	fmt.Println(s)
}
