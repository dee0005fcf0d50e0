// want: fail_defer_len.go:6:8: error: defer discards result of `len(s)`
package main

func main() {
	s := "abc"
	defer len(s)
}
