// want: fail_send_wrong_type.go:6:7: error: cannot use `"one"` (untyped string constant) as int value in send
package main

func main() {
	c := make(chan int, 1)
	c <- "one"
}
