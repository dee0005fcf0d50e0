// Checks escaping pointers: returning &local from a function (each call gets a fresh
// variable), &T{...} returned from constructors, and closures capturing pointers.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func newInt(v int) *int {
	x := v
	return &x
}

func newAccount(owner string) *Account {
	a := Account{Owner: owner}
	return &a
}

func makeDepositor(a *Account) func(int) int {
	return func(amount int) int {
		a.Balance += amount
		return a.Balance
	}
}

func counter() (func() int, *int) {
	n := 0
	p := &n
	return func() int { *p++; return n }, p
}

func main() {
	p1 := newInt(1)
	p2 := newInt(2)
	*p1 += 10
	fmt.Println(*p1, *p2, p1 != p2)

	acc := newAccount("ann")
	dep := makeDepositor(acc)
	fmt.Println(dep(5), dep(7))
	acc.Balance -= 2
	fmt.Println(dep(0), acc.Owner, acc.Balance)

	next, np := counter()
	next()
	next()
	*np = 10
	fmt.Println(next(), *np)

	// a closure that captures a pointer variable sees it retargeted
	x, y := 1, 2
	q := &x
	get := func() int { return *q }
	fmt.Println(get())
	q = &y
	fmt.Println(get())
}
