package main

import "fmt"

// This file starts with a byte order mark (U+FEFF), which Go ignores there.

func main() {
	fmt.Println("after the BOM")
}
