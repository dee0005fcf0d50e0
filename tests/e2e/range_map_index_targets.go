// range with map entries as `=` targets: each target's map and key are evaluated before the
// iteration's values are stored (so other[k] uses k from before the assignment), as in Go.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	other := map[string]int{}
	var k string
	for k, other["x"] = range m {
	}
	s := []int{5, 6}
	for k, other[k] = range map[string]int{"z": 26} {
	}
	for i := range s {
		other[fmt.Sprint(i)] += s[i]
	}
	fmt.Println(other, k)
}
