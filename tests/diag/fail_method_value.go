// want: fail_method_value.go:9:10: error: unsupported: method value `Count(1).Next`
package main

type Count int

func (c Count) Next() Count { return c + 1 }

func main() {
	next := Count(1).Next
	println(next())
}
