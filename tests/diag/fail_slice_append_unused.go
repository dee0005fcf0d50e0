// want: fail_slice_append_unused.go:6:2: error: `append(s, 1)` (value of type []int) is not used
package main

func main() {
	s := []int{1}
	append(s, 1)
}
