// want: fail_go_not_call.go:7:5: error: expression in go must be function call
package main

func f() {}

func main() {
	go f
}
