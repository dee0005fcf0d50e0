// want: fail_embedded_qualified_undefined.go:7:6: error: undefined: fmt.Stringerr
package main

import "fmt"

type I interface {
	fmt.Stringerr
}

func main() {
	var i I
	_ = i
}
