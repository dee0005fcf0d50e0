// want: fail_ident_digit_first.go:5:6: error: identifier cannot begin with digit U+0663 '٣'
package main

func main() {
	var ٣x int
	_ = 1
}
