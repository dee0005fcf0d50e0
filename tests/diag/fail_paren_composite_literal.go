// want: fail_paren_composite_literal.go:7:9: error: syntax error: cannot parenthesize type in composite literal
package main

type T struct{ a int }

func main() {
	_ = (T){1}
}
