// want: fail_map_invalid_key.go:5:12: error: invalid map key type func()
package main

func main() {
	var m map[func()]string
	_ = m
}
