// want: fail_range_var_scope.go:5:17: error: undefined: `i`
package main

func main() {
	for i := range i {
	}
}
