// want: fail_pointer_receiver_interface.go:13:16: error: cannot use `c` (variable of type Count) as Incer value in variable declaration: Count does not implement Incer (method `Inc` has pointer receiver)
package main

type Count int

func (c *Count) Inc() { *c++ }

type Incer interface{ Inc() }

func main() {
	var c Count
	var p Incer = &c
	var i Incer = c
	_, _ = p, i
}
