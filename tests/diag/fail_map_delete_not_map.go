// want: fail_map_delete_not_map.go:6:9: error: invalid argument: `x` (variable of type int) is not a map
package main

func main() {
	x := 1
	delete(x, 1)
}
