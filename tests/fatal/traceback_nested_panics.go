package main

// A panic raised by a deferred call while older panics unwind: Go's trace still holds the older
// panics' frames below the deferred calls, each frame at the line where it was when its
// deferred call started.

func f() {
	defer func() {
		panic("in defer")
	}()
	println("f body")
}

func g() {
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	defer func() {
		recover()
		g()
	}()
	f()
}
