// want: fail_map_make_not_makeable.go:5:11: error: invalid argument: cannot make int: type must be slice, map, or channel
package main

func main() {
	_ = make(int)
}
