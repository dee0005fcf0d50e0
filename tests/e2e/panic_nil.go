package main

import "fmt"

// Go 1.21+: panic(nil) panics with a *runtime.PanicNilError, a runtime error whose text is
// "panic called with nil argument".
func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		fmt.Printf("%T\n", r)
		_, isRuntimeError := r.(interface{ RuntimeError() })
		fmt.Println(isRuntimeError)
		panic(nil)
	}()
	panic(nil)
}
