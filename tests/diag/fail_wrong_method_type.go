// want: fail_wrong_method_type.go:11:16: error: cannot use `ID(1)` (constant 1 of type ID) as Namer value in variable declaration: ID does not implement Namer (wrong type for method `Name`)
package main

type Namer interface{ Name() string }

type ID int

func (i ID) Name() int { return int(i) }

func main() {
	var n Namer = ID(1)
	_ = n
}
