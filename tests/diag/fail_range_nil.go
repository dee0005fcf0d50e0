// want: fail_range_nil.go:5:12: error: cannot range over `nil`
package main

func main() {
	for range nil {
	}
}
