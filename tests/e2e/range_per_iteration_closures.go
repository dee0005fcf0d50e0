package main

import "fmt"

func main() {
	// Each iteration has its own variables (Go 1.22): closures see their iteration's values.
	var fs [3]func() string
	for i, s := range [3]string{"a", "b", "c"} {
		fs[i] = func() string { return fmt.Sprint(i, s) }
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var gs [3]func() int
	for i := range 3 {
		gs[i] = func() int { return i * i }
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	// Pointers to the variables are distinct too.
	var ps [3]*rune
	for i, r := range "xyz" {
		ps[i] = &r
	}
	for _, p := range ps {
		fmt.Print(string(*p))
	}
	fmt.Println()
	// A closure that changes its iteration's variable changes only that one.
	var incs [2]func() int
	for i := range 2 {
		incs[i] = func() int { i += 10; return i }
	}
	fmt.Println(incs[0](), incs[0](), incs[1]())
	// With `=`, there is one variable for the whole loop.
	var shared int
	var hs [3]func() int
	for shared = range 3 {
		hs[shared] = func() int { return shared }
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}
