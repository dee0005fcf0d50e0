package main

// panic() written in a function with defers reaches its landing pad without the unwinder: the
// trace still shows that frame once, at the panic's line.
func f() {
	defer func() {}()
	panic("x")
}

func main() {
	f()
}
