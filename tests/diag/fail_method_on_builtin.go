// want: fail_method_on_builtin.go:4:9: error: cannot define new methods on non-local type `int`
package main

func (n int) Double() int { return n * 2 }

func main() {}
