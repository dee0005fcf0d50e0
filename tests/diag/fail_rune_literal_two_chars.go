// want: fail_rune_literal_two_chars.go:5:7: error: more than one character in rune literal
package main

func main() {
	x := 'ab'
	println(x)
}
