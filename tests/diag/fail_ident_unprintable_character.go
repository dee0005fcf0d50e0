// want: fail_ident_unprintable_character.go:4:7: error: invalid character U+00A0 in identifier
package main

func a b() {}

func main() {}
