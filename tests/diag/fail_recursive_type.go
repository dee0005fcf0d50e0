// want: fail_recursive_type.go:4:6: error: invalid recursive type `A`
package main

type A B
type B A

func main() {}
