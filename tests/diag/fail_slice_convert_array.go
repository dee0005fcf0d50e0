// want: fail_slice_convert_array.go:6:16: error: cannot convert `s` (variable of type []int) to type [2]string
package main

func main() {
	s := []int{1}
	_ = [2]string(s)
}
