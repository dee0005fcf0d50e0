// want: fail_break_outside_loop.go:7:3: error: break is not in a loop, switch, or select
package main

func main() {
	x := 3
	if x > 2 {
		break
	}
	println(x)
}
