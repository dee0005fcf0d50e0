package main

import "fmt"

var global = map[string]int{"one": 1}

var gv, gok = global["one"]

type T struct {
	m map[int]string
}

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	m := map[string]int{"a": 1, "zero": 0}
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	v, ok = m["missing"]
	fmt.Println(v, ok)
	var w, present = m["a"]
	fmt.Println(w, present, gv, gok)
	_, ok = m["a"]
	fmt.Println(ok)
	if x, ok := m["zero"]; ok {
		fmt.Println("has zero", x)
	}
	if _, ok := m["nope"]; !ok {
		fmt.Println("no nope")
	}
	fmt.Println(lookup(m, "a"))
	fmt.Println(lookup(nil, "a"))
	t := T{m: map[int]string{1: "x"}}
	s, found := t.m[1]
	fmt.Printf("%q %v\n", s, found)
	s, found = t.m[2]
	fmt.Printf("%q %v\n", s, found)
	var anyv interface{}
	anyv, ok = map[int]interface{}{1: "boxed"}[1]
	fmt.Println(anyv, ok)
	p := &t
	fmt.Println(p.m[1], len(p.m))
}
