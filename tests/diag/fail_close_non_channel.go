// want: fail_close_non_channel.go:6:8: error: invalid operation: cannot close non-channel `a` (variable of type [3]int)
package main

func main() {
	var a [3]int
	close(a)
}
