// want: fail_nonbool_condition.go:6:6: error: non-boolean condition in for statement
package main

func main() {
	n := 1
	for n {
		n--
	}
}
