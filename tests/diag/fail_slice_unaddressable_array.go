// want: fail_slice_unaddressable_array.go:5:6: error: cannot slice unaddressable value `f()` (value of type [3]int)
package main

func main() {
	_ = f()[1:2]
}
func f() [3]int { return [3]int{} }
