// want: fail_paren_embedded_field.go:7:3: error: syntax error: cannot parenthesize embedded type
package main

type T struct{ a int }

type S struct {
	*(T)
}

func main() {}
