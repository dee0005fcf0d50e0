// want: fail_escape_hex_digit.go:5:13: error: invalid character 'Z' in hexadecimal escape
package main

func main() {
	println('\xZ1')
}
