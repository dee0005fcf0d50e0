// want: fail_range_with_for_clause.go:6:18: error: syntax error: unexpected `;`
package main

func main() {
	s := []int{1}
	for i := range s; ; {
		_ = i
	}
}
