package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	m := map[interface{}]int{}
	var fn func() = func() {}
	try("assign func", func() { m[fn] = 1 })
	try("lookup map", func() { _ = m[map[string]int{}] })
	try("nil map lookup", func() {
		var n map[interface{}]int
		_ = n[fn]
	})
	try("delete", func() { delete(m, fn) })
	type S struct{ f func() }
	try("struct with func", func() { m[S{}] = 2 })
	try("fine", func() { m[[2]int{1, 2}] = 3 })
	fmt.Println(len(m))
	m[fn] = 4
}
