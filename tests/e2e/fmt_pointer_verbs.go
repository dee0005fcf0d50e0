package main

import (
	"errors"
	"fmt"
)

type T struct{ A, B int }

func (t T) String() string { return "T!" }

// %p and the other verbs of pointers and funcs. Addresses differ from run to run, so they are
// compared with each other, never printed.
func main() {
	t := &T{1, 2}
	x := 5
	f := func() int { return x }
	e := errors.New("e")
	// %p of a pointer to a struct is its address, which is also the address of its first field.
	fmt.Println(fmt.Sprintf("%p", t) == fmt.Sprintf("%v", &t.A), fmt.Sprintf("%p", t) != fmt.Sprintf("%p", &t.B))
	// %v of a pointer to a non-struct is its address, as %p prints it; %x and %#p drop the 0x.
	fmt.Println(fmt.Sprintf("%v", &x) == fmt.Sprintf("%p", &x), fmt.Sprintf("0x%x", &x) == fmt.Sprintf("%p", &x))
	fmt.Println(fmt.Sprintf("%#p", &x) == fmt.Sprintf("%x", &x))
	fmt.Println(len(fmt.Sprintf("%30p|%-30p", &x, &x)) == 61, len(fmt.Sprintf("%p", f)) > 2, len(fmt.Sprintf("%p", e)) > 2)
	fmt.Println(fmt.Sprintf("%v", [1]*int{&x}) == "["+fmt.Sprintf("%p", &x)+"]")
	fmt.Println(fmt.Sprintf("%#v", &x) == "(*int)("+fmt.Sprintf("%p", &x)+")")

	// Deterministic forms: nil pointers and funcs, and %p of values that are not pointers.
	var p *int
	var tp *T
	var fn func()
	var g func(int, string) (bool, error)
	fmt.Printf("%p|%v|%#v|%d|%x|%10p|%-6v|\n", p, p, p, p, p, p, p)
	fmt.Printf("%p|%v|%+v|%#v|%s|\n", tp, tp, tp, tp, tp)
	fmt.Printf("%p|%v|%#v|%#v|%t|\n", fn, fn, fn, g, fn)
	fmt.Printf("%p|%p|%p|%p|%p|%p\n", nil, 5, "s", 1.5, true, *t)
	fmt.Printf("%p|%p|%10p|\n", [2]int{1, 2}, struct{}{}, 7)
	fmt.Printf("%#v|%v\n", struct {
		P *int
		F func()
	}{}, [2]*T{})
}
