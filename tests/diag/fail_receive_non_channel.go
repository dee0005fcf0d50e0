// want: fail_receive_non_channel.go:6:12: error: invalid operation: cannot receive from non-channel int `x` (variable of type int)
package main

func main() {
	x := 3
	println(<-x)
}
