// want: fail_receive_from_send_only.go:5:11: error: invalid operation: cannot receive from send-only channel chan<- string `c` (variable of type chan<- string)
package main

func consume(c chan<- string) string {
	return <-c
}

func main() {
	println(consume(nil))
}
