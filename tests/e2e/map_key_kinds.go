package main

import "fmt"

type Point struct {
	X, Y int
	_    string
}

type Celsius float64

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func main() {
	ints := map[int8]string{-1: "m", 127: "max"}
	uints := map[uint64]bool{18446744073709551615: true}
	fmt.Println(ints[-1], ints[127], uints[1<<64-1], len(uints))

	zero := 0.0
	negZero := -zero
	nan := zero / zero
	floats := map[float64]int{}
	floats[zero] = 1
	floats[negZero] = 2
	floats[nan] = 3
	floats[nan] = 4
	_, found := floats[nan]
	fmt.Println(len(floats), floats[0], found) // two NaN keys: fmt would print them in iteration order
	delete(floats, nan)
	fmt.Println(len(floats))
	f32 := map[float32]int{1.5: 1}
	fmt.Println(f32[1.5])

	complexes := map[complex128]string{1 + 2i: "a", complex(zero, negZero): "zero"}
	fmt.Println(complexes[1+2i], complexes[0], len(complexes))

	strs := map[string]int{"": 0, "a": 1, "日本": 2}
	fmt.Println(strs["日本"], strs[""], strs)

	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools[true], bools[false], bools)

	a, b := 1, 1
	ptrs := map[*int]string{&a: "a", &b: "b"}
	fmt.Println(len(ptrs), ptrs[&a], ptrs[&b])

	arrays := map[[3]string]int{{"a", "b", "c"}: 1}
	arrays[[3]string{"a", "b", "c"}]++
	fmt.Println(arrays)

	structs := map[Point]string{{X: 1, Y: 2}: "p"}
	fmt.Println(structs[Point{X: 1, Y: 2}], len(structs))

	defined := map[Celsius]string{100: "boil", -40: "cold"}
	fmt.Println(defined)

	ifaces := map[interface{}]string{1: "int", int64(1): "int64", "1": "string", nil: "nil", Point{X: 1}: "point", [2]int{}: "array", 1.5: "float"}
	fmt.Println(len(ifaces), ifaces[1], ifaces[int64(1)], ifaces["1"], ifaces[nil], ifaces[Point{X: 1}], ifaces[[2]int{}], ifaces[1.5])
	ifaces[nan] = "nan1"
	ifaces[nan] = "nan2"
	fmt.Println(len(ifaces))

	shapes := map[Shape]int{Square{2}: 1}
	shapes[Square{2}]++
	shapes[Square{3}] = 5
	fmt.Println(shapes[Square{2}], len(shapes))

	errs := map[error]int{}
	fmt.Println(errs[nil])
	type key struct {
		name string
		id   [2]int
		f    float64
	}
	composite := map[key]int{{"x", [2]int{1, 2}, 0}: 1}
	fmt.Println(composite[key{"x", [2]int{1, 2}, negZero}])
}
