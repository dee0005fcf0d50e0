// want: fail_close_receive_only.go:6:8: error: invalid operation: cannot close receive-only channel `c` (variable of type <-chan int)
package main

func main() {
	var c <-chan int
	close(c)
}
