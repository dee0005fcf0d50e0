// want: fail_slice_missing_colon.go:6:12: error: syntax error: unexpected `2`
package main

func main() {
	s := []int{1, 2, 3}
	_ = s[0:1 2]
	_ = s[0:1:2]
}
