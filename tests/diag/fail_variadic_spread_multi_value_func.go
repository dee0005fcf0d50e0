// want: fail_variadic_spread_multi_value_func.go:14:10: error: cannot use ... with 2-valued `pair()`
package main

func pair() (int, int) { return 1, 2 }

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	println(sum(pair()...))
}
