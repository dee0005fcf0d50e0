// want: fail_missing_body.go:4:6: error: missing function body
package main

func external(x int) int

func main() { println(external(1)) }
