package main

import "fmt"

// The return expression is evaluated and assigned to the named result
// before the deferred calls run; deferred calls see and may change it.
var log string

func value(tag string, v int) int {
	log = log + tag
	fmt.Println("evaluate return expression", tag)
	return v
}

func f() (r int) {
	defer func() {
		fmt.Println("defer 1 sees r =", r)
		r = r * 10
	}()
	defer func() {
		fmt.Println("defer 2 sees r =", r)
		r++
	}()
	r = 5
	return value("x", 7)
}

func g() (r int) {
	r = 1
	defer func() { fmt.Println("g defer sees r =", r) }()
	return r + 1
}

func main() {
	fmt.Println("f() =", f())
	fmt.Println("g() =", g())
	fmt.Println("log =", log)
}
