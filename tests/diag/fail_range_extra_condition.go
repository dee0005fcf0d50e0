// want: fail_range_extra_condition.go:7:14: error: syntax error: unexpected `ok`
package main

func main() {
	s := []int{1}
	ok := true
	for range s ok {
	}
}
