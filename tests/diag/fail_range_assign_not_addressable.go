// want: fail_range_assign_not_addressable.go:8:6: error: cannot assign to `f()` (neither addressable nor a map index expression)
package main

func f() int { return 1 }

func main() {
	var a [3]int
	for f() = range a {
	}
}
