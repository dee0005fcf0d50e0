// want: fail_no_new_variables.go:6:7: error: no new variables on left side of `:=`
package main

func main() {
	a, b := 1, 2
	a, b := 3, 4
	println(a, b)
}
