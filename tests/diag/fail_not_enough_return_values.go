// want: fail_not_enough_return_values.go:5:9: error: not enough return values
package main

func pair() (int, string) {
	return 1
}

func main() {
	a, b := pair()
	println(a, b)
}
