// want: fail_ident_symbol_operator.go:5:12: error: invalid character U+2260 '≠' in identifier
package main

func main() {
	println(1 ≠ 2)
}
