package main

import "fmt"

type Point struct{ X, Y int }

type Named map[string]int

func main() {
	ages := map[string]int{"alice": 31, "bob": 27, "carol": 45}
	fmt.Println(len(ages), ages["alice"], ages["bob"], ages["carol"])
	fmt.Println(ages)

	empty := map[int]bool{}
	fmt.Println(len(empty), empty)

	// Elided key and value types in nested literals.
	byName := map[string]Point{"origin": {0, 0}, "unit": {1, 1}}
	fmt.Println(byName["unit"].X, byName)
	byPoint := map[Point]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(byPoint[Point{3, 4}], byPoint)
	ptrs := map[string]*Point{"p": {5, 6}}
	fmt.Println(ptrs["p"].Y, *ptrs["p"])
	nested := map[string]map[string]int{"x": {"a": 1}, "y": {}}
	fmt.Println(nested["x"]["a"], len(nested["y"]), nested)

	// Non-constant keys and values are evaluated in order; a later duplicate wins.
	k := "alice"
	dup := map[string]int{k: 1, "alice" + "": 2}
	fmt.Println(dup)

	var n Named = Named{"z": 26}
	n["a"] = 1
	fmt.Printf("%v %T %d\n", n, n, len(n))

	// A literal of a map type in a conversion, and map types as operands.
	m := map[string]int(n)
	fmt.Println(m["z"], (map[string]int)(nil) == nil)
	trailing := map[int]string{
		1: "one",
		2: "two",
	}
	fmt.Println(trailing)
}
