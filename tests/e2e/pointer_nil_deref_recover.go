// Checks that nil pointer dereferences (field read, field write, *p read, method with a
// pointer receiver touching a field, value-receiver call through nil) panic with a
// runtime error that recover() catches; the recovered value prints its message.
package main

import "fmt"

type T struct {
	N int
}

func (t *T) Get() int { return t.N }
func (t *T) Safe() int {
	if t == nil {
		return -1
	}
	return t.N
}
func (t T) Val() int { return t.N }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name+":", r)
		if err, ok := r.(error); ok {
			fmt.Println("  is error:", err.Error())
		}
	}()
	f()
	fmt.Println(name, "did not panic")
}

func main() {
	var p *T
	var ip *int
	try("read field", func() { fmt.Println(p.N) })
	try("write field", func() { p.N = 1 })
	try("deref int", func() { fmt.Println(*ip) })
	try("write int", func() { *ip = 2 })
	try("method", func() { fmt.Println(p.Get()) })
	try("safe method", func() { fmt.Println(p.Safe()) })
	try("value method", func() { fmt.Println(p.Val()) })
	try("copy", func() { v := *p; fmt.Println(v.N) })
	fmt.Println("end")
}
