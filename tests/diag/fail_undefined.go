// want: fail_undefined.go:6:14: error: undefined: `y`
package main

func main() {
	x := 1
	println(x + y)
}
