package main

import (
	"fmt"

)

type Set map[string]struct{}

func (s Set) Add(k string)          { s[k] = struct{}{} }
func (s Set) Has(k string) bool     { _, ok := s[k]; return ok }
func (s Set) String() string        { return fmt.Sprintf("Set(%d)", len(s)) }
func (s *Set) Reset()               { *s = Set{} }

type Registry struct {
	handlers map[string]func(int) int
}

type Big struct {
	Data [200]int
	Name string
}

func main() {
	s := Set{}
	s.Add("a")
	s.Add("b")
	s.Add("a")
	fmt.Println(s.Has("a"), s.Has("z"), len(s), s)
	var str fmt.Stringer = s
	fmt.Println(str.String())
	add := s.Add
	add("c")
	fmt.Println(len(s))
	s.Reset()
	fmt.Println(len(s), s)

	r := Registry{handlers: map[string]func(int) int{
		"double": func(x int) int { return 2 * x },
		"square": func(x int) int { return x * x },
	}}
	fmt.Println(r.handlers["double"](4), r.handlers["square"](5), r.handlers["none"] == nil)

	counts := map[string]int{}
	inc := func(k string) { counts[k]++ }
	inc("x")
	inc("x")
	inc("y")
	fmt.Println(counts)

	big := map[int]Big{}
	big[1] = Big{Name: "one"}
	b := big[1]
	b.Data[199] = 7
	big[2] = b
	fmt.Println(big[1].Name, big[2].Data[199], big[3].Name == "", len(big))

	empty := map[string]struct{}{"x": {}, "y": {}}
	fmt.Println(len(empty), empty)

	var ifaces = map[string]interface{}{"n": nil, "i": 1, "s": "str", "m": map[int]int{1: 2}}
	fmt.Println(ifaces["n"] == nil, ifaces["i"], ifaces["s"], ifaces["m"], ifaces)
	k := interface{}(3)
	byAny := map[interface{}]string{3: "three"}
	fmt.Println(byAny[k], byAny[3])

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nested := map[string]map[string]int{}
		nested["a"]["b"] = 1
	}()
	m := map[string]int{"a": 1, "b": 2}
	func() {
		defer delete(m, "a")
		fmt.Println(len(m))
	}()
	fmt.Println(m)
}
