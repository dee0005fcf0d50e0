// want: fail_map_assign_struct_field.go:8:2: error: cannot assign to struct field `m["a"].X` in map
package main

type P struct{ X int }

func main() {
	m := map[string]P{}
	m["a"].X = 1
}
