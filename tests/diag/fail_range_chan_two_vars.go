// want: fail_range_chan_two_vars.go:6:9: error: range over `c` (variable of type chan int) permits only one iteration variable
package main

func main() {
	c := make(chan int)
	for i, v := range c {
		println(i, v)
	}
}
