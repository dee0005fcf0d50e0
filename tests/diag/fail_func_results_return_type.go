// want: fail_func_results_return_type.go:7:9: error: cannot use `pair()` (value of type int) as string value in return statement
package main

func pair() (int, string) { return 1, "one" }

func swap() (string, int) {
	return pair()
}

func main() {
	println(swap())
}
