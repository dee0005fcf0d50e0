package main

import "fmt"

type Name string

func (n Name) String() string { return "<" + string(n) + ">" }

type P struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "a", 2: "b", 10: "j"})
	fmt.Println(map[uint8]int{200: 1, 3: 2})
	zero := 0.0
	nan := zero / zero
	fmt.Println(map[float64]string{2.5: "x", -1: "y", nan: "n", 1 / zero: "inf", -1 / zero: "-inf"})
	fmt.Println(map[string]bool{"b": true, "a": false, "": true, "B": false})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[P]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	fmt.Println(map[complex128]int{2 + 1i: 1, 1 + 3i: 2, 1 + 2i: 3})
	fmt.Println(map[Name]Name{"b": "2", "a": "1"})
	fmt.Println(map[interface{}]int{nil: 0, 3: 1, 1: 2})
	fmt.Println(map[interface{}]int{"b": 0, "a": 1})
	fmt.Printf("%v|%+v|%#v\n", map[string]int{"b": 2, "a": 1}, map[string]P{"x": {1, "y"}}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v %#v\n", map[P]bool{{1, "q"}: true}, map[int]interface{}{1: nil, 2: "s"})
	var nilMap map[string]int
	fmt.Printf("%v %#v %T\n", nilMap, nilMap, nilMap)
	fmt.Printf("%d %x %q\n", map[string]int{"a": 10}, map[int]int{255: 16}, map[string]string{"k": "v"})
	fmt.Print(map[int]int{1: 1}, map[int]int{}, "\n")
	s := fmt.Sprint(map[string][2]int{"a": {1, 2}})
	fmt.Println(s, len(s))
	fmt.Printf("%6v|%-8v|\n", map[int]int{1: 2}, map[string]int{"a": 1})
}
