// want: fail_range_func.go:6:17: error: unsupported: range over function
package main

func main() {
	f := func(yield func(int) bool) {}
	for i := range f {
		println(i)
	}
}
