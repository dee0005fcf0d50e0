// want: fail_defer_len.go:6:8: error: defer discards result of `len(s)` (value of type int)
package main

func main() {
	s := "abc"
	defer len(s)
}
