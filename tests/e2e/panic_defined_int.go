package main

// A defined type without methods is printed with its type name, as Go's runtime does.
type Code int

func main() {
	defer func() {
		r := recover()
		println("recovered", r.(Code) == 7)
		panic(Code(-3))
	}()
	panic(Code(7))
}
