// want: fail_bom_in_middle.go:5:12: error: invalid BOM in the middle of the file
package main

func main() {
	println("a﻿b")
}
