// want: fail_defer_not_call.go:6:8: error: expression in defer must be function call
package main

func main() {
	x := 1
	defer x
}
