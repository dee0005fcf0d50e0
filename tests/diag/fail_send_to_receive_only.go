// want: fail_send_to_receive_only.go:5:2: error: invalid operation: cannot send to receive-only channel <-chan int `c` (variable of type <-chan int)
package main

func produce(c <-chan int) {
	c <- 1
}

func main() {
	produce(nil)
}
