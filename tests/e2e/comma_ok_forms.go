// The comma-ok forms in parentheses, into a defined boolean type, in every statement form.
package main

import "fmt"

type B bool

func main() {
	m := map[string]int{"x": 5}
	v, ok := (m["x"])
	fmt.Println(v, ok)
	var i any = 3
	w, ok2 := (i.(int))
	fmt.Println(w, ok2)
	var b B
	v, b = m["y"]
	fmt.Println(v, b)
	_, b = i.(string)
	fmt.Printf("%v %T\n", b, b)
	var x, y = m["x"]
	fmt.Printf("%T %T\n", x, y)
	var c B
	if _, c = m["x"]; c {
		fmt.Println("c", c)
	}
}
