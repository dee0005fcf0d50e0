// want: fail_slice_defer_append.go:6:8: error: defer discards result of `append(s, 1)` (value of type []int)
package main

func main() {
	s := []int{}
	defer append(s, 1)
}
