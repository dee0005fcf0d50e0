// want: fail_method_expression_pointer.go:9:15: error: invalid method expression `Count.Inc` (needs pointer receiver (*Count).Inc)
package main

type Count int

func (c *Count) Inc() { *c++ }

func main() {
	inc := Count.Inc
	_ = inc
}
