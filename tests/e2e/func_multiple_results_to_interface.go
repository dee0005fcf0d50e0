// The values of a multi-value call or a comma-ok form stored in interfaces: as arguments (also
// ...any ones and deferred), results of `return f()`, and in declarations and assignments.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type point struct{ x, y int }

func two() (int, string)               { return 7, "seven" }
func reading() (Celsius, error)        { return 21.5, nil }
func values() (point, []int, bool)     { return point{1, 2}, []int{3}, true }
func failing() (int, error)            { return 0, errors.New("failed") }
func show(xs ...any)                   { fmt.Println(len(xs), xs) }
func pair(a fmt.Stringer, b any)       { fmt.Printf("%v %v\n", a, b) }
func labelled(label string, xs ...any) { fmt.Println(label, xs) }
func swapped() (string, int, float64)  { return "label", 1, 2.5 }

// `return f()` converts each result to its interface result type.
func boxed() (any, any) { return two() }

func stringers() (fmt.Stringer, any) { return reading() }

type shower struct{ prefix string }

func (s shower) show(xs ...any) { fmt.Println(s.prefix, xs) }

func main() {
	show(two())
	show(values())
	labelled(swapped())
	shower{">"}.show(two())
	pair(reading())
	fmt.Println(boxed())
	fmt.Println(stringers())

	var a, b any = two()
	fmt.Printf("%T %T %v %v\n", a, b, a, b)
	var s fmt.Stringer
	var err error
	s, err = reading()
	fmt.Println(s, err == nil)
	n, e := failing()
	var x any
	x, e = failing()
	fmt.Println(n, x, e)

	m := map[string]int{"one": 1}
	var iv any
	var ok bool
	iv, ok = m["one"]
	fmt.Printf("%T %v %v\n", iv, iv, ok)
	iv, ok = m["two"]
	fmt.Printf("%T %v %v\n", iv, iv, ok)
	var found any
	iv, found = m["one"]
	fmt.Printf("%T %v %T %v\n", iv, iv, found, found)

	var i any = Celsius(3)
	var got fmt.Stringer
	got, ok = i.(Celsius)
	fmt.Println(got, ok)
	var v1, v2 any = i.(Celsius)
	fmt.Println(v1, v2)
	var p1, p2 any = i.(point)
	fmt.Println(p1, p2)

	ms := map[point][]int{{1, 2}: {3, 4}}
	var sv any
	sv, ok = ms[point{1, 2}]
	fmt.Printf("%T %v %v\n", sv, sv, ok)

	defer show(two())
	fmt.Println("end")
}
