package main

import (
	"fmt"
	"strings"
)

func main() {
	var a strings.Builder
	a.WriteString("first")
	b := a
	fmt.Println(b.String(), b.Len())
	b.WriteString("second")
	fmt.Println("not reached")
}
