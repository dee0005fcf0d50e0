// want: fail_pointer_receiver.go:6:9: error: unsupported: pointers
package main

type Count int

func (c *Count) Inc() { *c++ }

func main() {}
