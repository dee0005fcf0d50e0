// want: fail_map_address_of_element.go:6:8: error: invalid operation: cannot take address of `m["a"]` (map index expression of type int)
package main

func main() {
	m := map[string]int{}
	p := &m["a"]
	_ = p
}
