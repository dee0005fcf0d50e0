// want: fail_rune_literal_octal_escape.go:5:15: error: octal escape value 256 > 255
package main

func main() {
	println('\400')
}
