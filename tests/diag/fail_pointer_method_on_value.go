// want: fail_pointer_method_on_value.go:12:9: error: cannot call pointer method Inc on Count
package main

type Count int

func (c *Count) Inc() { *c++ }

func make() Count { return 1 }

func main() {
	var c Count
	make().Inc()
	c.Inc()
}
