package main

import "fmt"

var m = map[int]int{1: 10}

func f() int {
	m[1] = 20
	return 0
}

func g() int {
	fmt.Println("g: len", len(m))
	return 5
}

func k() int {
	fmt.Println("k")
	return 7
}

func boom() int {
	panic("boom")
}

func main() {
	x := m[1] + f()
	fmt.Println(x)
	m[k()] = g()
	fmt.Println(m)
	func() {
		defer func() { fmt.Println(recover(), len(m)) }()
		m[100] = boom()
	}()
	_, present := m[100]
	fmt.Println(present)
	i := 1
	m[i], i = 2, 3
	fmt.Println(m[1], i)
	m[k()] += g()
	fmt.Println(m[7])
}
