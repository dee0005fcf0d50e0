// want: fail_ident_invalid_character.go:5:7: error: invalid character U+00B7 '·' in identifier
package main

func main() {
	var a·b int
	_ = a·b
}
