// want: fail_shift_operand_truncated.go:6:14: error: `2.5` (untyped float constant) truncated to int
package main

func main() {
	n := 2
	var a int = 2.5 + 1<<n
	println(a)
}
